package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.ReviewClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.review.Account;
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;

/** Managing accounts over real HTTP: only admins, never without the CSRF token, every change audited. Issue 5. */
class AccountAdminTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dir;
    static TestSite site;
    static ReviewClient admin;
    static ReviewClient analyst;
    static ReviewClient reader;
    static ReviewClient visitor;
    static Account rootAccount;
    static Account ritaAccount;

    @BeforeAll
    static void start() {
        site = new TestSite(dir);
        try (SqliteReviewStore store = SqliteReviewStore.open(dir.resolve("vigil.db"))) {
            Review review = Review.over(store, site.store, new PasswordHasher(1024, 1, 1), Clock.systemUTC());
            rootAccount = review.accounts().add(Optional.empty(), "root", Role.ADMIN, PASSWORD);
            review.accounts().add(Optional.empty(), "alice", Role.ANALYST, PASSWORD);
            ritaAccount = review.accounts().add(Optional.empty(), "rita", Role.READER, PASSWORD);
        }
        admin = ReviewClient.loggedIn(site.base(), "root", PASSWORD);
        analyst = ReviewClient.loggedIn(site.base(), "alice", PASSWORD);
        reader = ReviewClient.loggedIn(site.base(), "rita", PASSWORD);
        visitor = new ReviewClient(site.base());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Rita's account as the admin's list shows it. */
    private static JsonNode rita() {
        for (JsonNode a : json(admin.get("/api/users")).path("accounts")) if (a.path("name").asText().equals("rita")) return a;
        throw new IllegalStateException("No account rita");
    }

    private static Map<String, Object> newAccount(String name) {
        return Map.of("name", name, "role", "reader", "password", PASSWORD);
    }

    @Test
    void readersAndAnalystsAreRefusedAndALoggedOutVisitorIsToldToLogIn() {
        for (ReviewClient refused : new ReviewClient[] {reader, analyst}) {
            assertThat(refused.get("/api/users").statusCode()).isEqualTo(403);
            assertThat(refused.send("POST", "/api/users", newAccount("eve")).statusCode()).isEqualTo(403);
            assertThat(refused.send("PATCH", "/api/users/" + ritaAccount.id(), Map.of("role", "admin")).statusCode()).isEqualTo(403);
            assertThat(refused.get("/users").statusCode()).isEqualTo(403);
        }
        HttpResponse<String> r = analyst.send("PATCH", "/api/users/" + ritaAccount.id(), Map.of("disabled", true));
        assertThat(json(r).path("message").asText()).isEqualTo("Only an admin may disable accounts; alice is an analyst");
        assertThat(visitor.get("/api/users").statusCode()).isEqualTo(401);
        assertThat(visitor.send("POST", "/api/users", newAccount("eve")).statusCode()).isEqualTo(401);
        assertThat(json(visitor.send("PATCH", "/api/users/" + ritaAccount.id(), Map.of("role", "admin"))).path("message").asText())
                .isEqualTo("Log in to change roles");
        assertThat(json(admin.get("/api/users")).path("accounts").findValuesAsText("name")).doesNotContain("eve");
        assertThat(rita().path("role").asText()).isEqualTo("reader");
        assertThat(rita().path("disabled").asBoolean()).isFalse();
    }

    @Test
    void everyAccountChangeNeedsTheSessionsCsrfToken() {
        HttpResponse<String> r = admin.sendWithToken("POST", "/api/users", newAccount("mallory"), "");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).path("message").asText()).isEqualTo("This request lacks the page's security token (CSRF): reload the page and try again");
        assertThat(admin.sendWithToken("PATCH", "/api/users/" + ritaAccount.id(), Map.of("role", "admin"), "forged").statusCode()).isEqualTo(403);
        assertThat(admin.postForm("/users/" + ritaAccount.id(), "disabled=true").statusCode()).isEqualTo(403);
        assertThat(json(admin.get("/api/users")).path("accounts").findValuesAsText("name")).doesNotContain("mallory");
        assertThat(rita().path("role").asText()).isEqualTo("reader");
        assertThat(rita().path("disabled").asBoolean()).isFalse();
    }

    @Test
    void anAdminAddsAnAccountChangesItsRoleAndDisablesItAndEachChangeIsAudited() {
        HttpResponse<String> added = admin.send("POST", "/api/users", newAccount("dora"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        long dora = json(added).path("id").asLong();
        assertThat(json(added).path("role").asText()).isEqualTo("reader");
        ReviewClient doraClient = ReviewClient.loggedIn(site.base(), "dora", PASSWORD);

        assertThat(json(admin.send("PATCH", "/api/users/" + dora, Map.of("role", "analyst"))).path("role").asText()).isEqualTo("analyst");
        assertThat(json(doraClient.get("/api/session")).path("account").path("role").asText()).isEqualTo("analyst");
        JsonNode disabled = json(admin.send("PATCH", "/api/users/" + dora, Map.of("disabled", true)));
        assertThat(disabled.path("disabled").asBoolean()).isTrue();
        assertThat(json(doraClient.get("/api/session")).path("account").isNull()).as("the session ended").isTrue();
        assertThat(visitor.send("POST", "/api/login", Map.of("name", "dora", "password", PASSWORD)).statusCode()).isEqualTo(401);

        JsonNode audit = json(admin.get("/api/audit")).path("entries");
        assertThat(audit.findValuesAsText("action")).contains("account.add", "account.role", "account.disable");
        assertThat(audit.get(0).path("actor").asText()).isEqualTo("root");
        assertThat(audit.get(0).path("target").asText()).isEqualTo("account dora");
    }

    @Test
    void theUsersPageListsAccountsAndItsFormsCarryTheToken() {
        HttpResponse<String> page = admin.get("/users");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<td class=\"user-name\">rita</td>").contains("name=\"csrf\" value=\"" + admin.csrf() + "\"");
        String fields = "csrf=" + URLEncoder.encode(admin.csrf(), StandardCharsets.UTF_8) + "&role=analyst&next=%2Fusers";
        HttpResponse<String> changed = admin.postForm("/users/" + ritaAccount.id(), fields);
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(admin.get("/users").body()).contains("<td class=\"user-name\">rita</td><td class=\"user-role\">analyst</td>");
        admin.send("PATCH", "/api/users/" + ritaAccount.id(), Map.of("role", "reader"));
    }

    @Test
    void badInputIsNamedAndAnAdminCannotLockThemselvesOut() {
        HttpResponse<String> role = admin.send("PATCH", "/api/users/" + ritaAccount.id(), Map.of("role", "boss"));
        assertThat(role.statusCode()).isEqualTo(400);
        assertThat(json(role).path("message").asText()).isEqualTo("Role must be admin, analyst, reader; got 'boss'");
        HttpResponse<String> self = admin.send("PATCH", "/api/users/" + rootAccount.id(), Map.of("disabled", true));
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(json(self).path("message").asText()).isEqualTo("An admin cannot disable their own account; ask another admin");
        HttpResponse<String> weak = admin.send("POST", "/api/users", Map.of("name", "x y", "role", "reader", "password", "short"));
        assertThat(json(weak).path("problems")).hasSize(2);
        assertThat(admin.send("PATCH", "/api/users/999", Map.of("role", "reader")).statusCode()).isEqualTo(404);
    }
}
