package org.vigil.alert;

import java.time.Clock;
import org.vigil.review.CommentTarget;
import org.vigil.review.Review;
import org.vigil.store.IncidentListener;

/**
 * Joins review to alerts: watchlists match incidents with analysts' corrections in force, and a
 * correction, a comment or a reported missed incident writes its alerts in the transaction that saves it,
 * so none is lost when a process stops between the two.
 */
public final class ReviewAlerts {
    private ReviewAlerts() {
    }

    /**
     * The listener to install on the incident store ({@code store.onChange}): matching on every ingest and every
     * correction. The store tells it each incident as its columns show it, analysts' corrections included, and
     * withdraws one corrected to "not an incident".
     */
    public static IncidentListener matching(Clock clock) {
        return new IncidentAlerts(clock);
    }

    /** From now on, the review's comments and reported missed incidents reach the followers of what they are on. */
    public static void tellFollowers(Review review, Clock clock) {
        review.comments().onPost((connection, c) -> CommentAlerts.commented(connection, c.target().kind() == CommentTarget.Kind.INCIDENT
                        ? new CommentAlerts.Commented.OnIncident(Long.parseLong(c.target().id())) : new CommentAlerts.Commented.OnArticle(c.target().id()),
                c.author(), c.body(), clock.instant()));
        review.corrections().onMissed((connection, m) -> CommentAlerts.missed(connection, m.articleId(), m.author(), m.value().orElseThrow(),
                m.evidenceText(), clock.instant()));
    }
}
