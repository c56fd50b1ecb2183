package org.vigil.review;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.vigil.store.IncidentStore;

/** Takes one vote of 1 to 5 stars per account per article (a new vote replaces the old) and sums them up. */
public final class Ratings {
    private final ReviewStore store;
    private final IncidentStore incidents;
    private final AuditLog audit;
    private final Clock clock;

    public Ratings(ReviewStore store, IncidentStore incidents, AuditLog audit, Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets the account's vote on the article.
     *
     * @throws Refusal.BadInput when the stars are not 1 to 5
     */
    public RatingSummary rate(Optional<Account> who, String articleId, int stars) {
        Account account = Access.require(who, Role.READER, "rate articles");
        if (stars < 1 || stars > 5) throw new Refusal.BadInput("A rating must be a whole number of stars from 1 to 5; got " + stars);
        if (incidents.article(articleId).isEmpty()) throw new Refusal.Missing("No article with id '" + articleId + "'");
        store.transaction(() -> {
            store.rate(articleId, account.id(), stars, clock.instant());
            audit.record(who, "rating.set", "article " + articleId, stars + " stars");
            return articleId;
        });
        return summary(articleId, who);
    }

    public RatingSummary summary(String articleId, Optional<Account> viewer) {
        return store.ratings(articleId, viewer.map(a -> OptionalLong.of(a.id())).orElse(OptionalLong.empty()));
    }
}
