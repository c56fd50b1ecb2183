package org.vigil.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.review.Account;
import org.vigil.review.AccountStatus;
import org.vigil.review.Accounts;
import org.vigil.review.Refusal;
import org.vigil.review.Role;

/**
 * Admins manage accounts on the web: the users page lists every account with its role and state, with forms
 * to add one, change a role, and disable or enable one; the JSON API does the same. Every write passes
 * {@link ReviewSite#write} (CSRF token, rate limits) and {@link Accounts}, which checks the role and audits it.
 */
final class AccountAdmin {
    private final ReviewSite site;
    private final Accounts accounts;

    AccountAdmin(ReviewSite site) {
        this.site = site;
        this.accounts = site.review().accounts();
    }

    /** {@code GET /api/users}. */
    void list(Context ctx) {
        ctx.json(Map.of("accounts", accounts.list(site.viewer(ctx)).stream().map(AccountAdmin::json).toList()));
    }

    /** {@code POST /users} and {@code POST /api/users}: name, role and a first password. */
    void add(Context ctx) {
        Map<String, String> input = site.write(ctx);
        Optional<Account> admin = site.viewer(ctx);
        // The role check comes first, so that nobody but an admin learns which names or roles are wrong.
        accounts.list(admin);
        Account added = accounts.add(admin, input.get("name"), role(input.get("role")), input.get("password"));
        site.done(ctx, input, "/users#user-" + added.id(), json(accounts.list(admin).stream()
                .filter(a -> a.account().id() == added.id()).findFirst().orElseThrow()));
    }

    /** {@code POST /users/{id}} and {@code PATCH /api/users/{id}}: a new {@code role}, and/or {@code disabled} true or false. */
    void update(Context ctx) {
        Map<String, String> input = site.write(ctx);
        Optional<Account> admin = site.viewer(ctx);
        long id = id(ctx);
        String role = input.getOrDefault("role", "").strip();
        String disabled = input.getOrDefault("disabled", "").strip();
        if (role.isEmpty() && disabled.isEmpty()) {
            accounts.list(admin);
            throw new Refusal.BadInput("Send the account's new role (" + Role.choices() + ") or disabled (true or false)");
        }
        AccountStatus status = null;
        if (!role.isEmpty()) status = accounts.changeRole(admin, id, role(role));
        if (!disabled.isEmpty()) status = accounts.setDisabled(admin, id, yes(disabled));
        site.done(ctx, input, "/users#user-" + id, json(status));
    }

    /** {@code GET /users}: the accounts, for an admin. */
    void page(Context ctx) {
        ReviewForms forms = new ReviewForms(site.session(ctx), "/users");
        List<AccountStatus> all = accounts.list(forms.viewer());
        long self = forms.viewer().map(Account::id).orElse(-1L);
        StringBuilder html = new StringBuilder("<h1>Users</h1><div class=\"table-wrap\"><table class=\"users\"><caption>")
                .append(all.size()).append(all.size() == 1 ? " account" : " accounts").append("</caption><thead><tr>")
                .append("<th scope=\"col\">Name</th><th scope=\"col\">Role</th><th scope=\"col\">Since</th><th scope=\"col\">State</th>")
                .append("<th scope=\"col\">Change</th></tr></thead><tbody>");
        for (AccountStatus a : all) {
            long id = a.account().id();
            html.append("<tr id=\"user-").append(id).append("\" class=\"user\"><td class=\"user-name\">").append(Html.escape(a.account().name()))
                    .append("</td><td class=\"user-role\">").append(a.account().role().code()).append("</td><td>")
                    .append(a.created().toString(), 0, 10).append("</td><td class=\"user-state\">")
                    .append(a.active() ? "active" : "disabled " + a.disabled().get().toString().substring(0, 10)).append("</td><td>");
            if (id == self) {
                html.append("<span class=\"hint\">you</span>");
            } else {
                html.append(forms.open("/users/" + id, "role-form")).append("<label for=\"role-").append(id).append("\">Role</label>")
                        .append(roleSelect("role-" + id, a.account().role())).append("<button type=\"submit\">Change role</button></form>")
                        .append(forms.open("/users/" + id, "state-form")).append(ReviewForms.hidden("disabled", Boolean.toString(a.active())))
                        .append("<button type=\"submit\">").append(a.active() ? "Disable" : "Enable").append("</button></form>");
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table></div><h2>Add an account</h2>").append(forms.open("/users", "user-form"))
                .append("<label for=\"user-name\">Account name</label><input id=\"user-name\" name=\"name\" required maxlength=\"40\" autocomplete=\"off\">")
                .append("<label for=\"user-role\">Role</label>").append(roleSelect("user-role", Role.READER))
                .append("<label for=\"user-password\">First password (10 characters or more)</label><input id=\"user-password\" name=\"password\" ")
                .append("type=\"password\" required minlength=\"10\" maxlength=\"1024\" autocomplete=\"new-password\">")
                .append("<button type=\"submit\">Add account</button></form>");
        ctx.html(ReviewPages.page("Users", html.toString()));
    }

    static Map<String, Object> json(AccountStatus a) {
        Map<String, Object> json = new LinkedHashMap<>(ReviewJson.account(Optional.of(a.account())));
        json.put("created", a.created().toString());
        json.put("disabled", !a.active());
        json.put("disabledAt", a.disabled().map(Object::toString).orElse(null));
        return json;
    }

    private static String roleSelect(String id, Role selected) {
        StringBuilder html = new StringBuilder("<select id=\"").append(id).append("\" name=\"role\">");
        for (Role r : Role.values()) {
            html.append("<option value=\"").append(r.code()).append('"').append(r == selected ? " selected" : "").append('>').append(r.code()).append("</option>");
        }
        return html.append("</select>").toString();
    }

    private static Role role(String typed) {
        return Role.fromCode(typed).orElseThrow(() -> new Refusal.BadInput("Role must be " + Role.choices() + "; got '"
                + (typed == null ? "" : typed.length() <= 40 ? typed : typed.substring(0, 37) + "...") + "'"));
    }

    private static boolean yes(String typed) {
        return switch (typed.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new Refusal.BadInput("Field 'disabled' must be true or false; got '" + (typed.length() <= 40 ? typed : typed.substring(0, 37) + "...") + "'");
        };
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("No account with id '" + id + "': ids are whole numbers");
        }
    }
}
