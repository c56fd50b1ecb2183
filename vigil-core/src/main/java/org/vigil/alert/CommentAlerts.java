package org.vigil.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Alerts the followers of an incident's or article's comments when a comment is added, or when an analyst
 * reports an incident that extraction missed in the article. The review feature calls these on the
 * connection of the transaction that saves the comment or the report, so the alerts commit with it; the
 * author is not told of their own words.
 */
public final class CommentAlerts {
    private static final int EXCERPT = 500;

    private CommentAlerts() {
    }

    /** What was commented on: an incident (by id) or an article (by id). */
    public sealed interface Commented {
        record OnIncident(long incidentId) implements Commented { }

        record OnArticle(String articleId) implements Commented { }
    }

    /** Writes one "comment" notification and its deliveries for every follower but the author; returns how many. */
    public static int commented(Connection connection, Commented on, String author, String text, Instant now) throws SQLException {
        Subscription.Kind kind = on instanceof Commented.OnIncident ? Subscription.Kind.INCIDENT_COMMENTS : Subscription.Kind.ARTICLE_COMMENTS;
        String target = on instanceof Commented.OnIncident i ? Long.toString(i.incidentId()) : ((Commented.OnArticle) on).articleId();
        String what = on instanceof Commented.OnIncident ? "incident " + target : "article " + target;
        return tell(connection, kind, target, author, on instanceof Commented.OnIncident i ? OptionalLong.of(i.incidentId()) : OptionalLong.empty(),
                on instanceof Commented.OnArticle a ? Optional.of(a.articleId()) : Optional.empty(),
                "New comment by " + author + " on " + what, excerpt(text), now);
    }

    /**
     * Tells every follower of the article's comments but the author that an analyst reported an incident of
     * {@code type} that extraction missed, quoting the passage that states it; returns how many were told.
     */
    public static int missed(Connection connection, String articleId, String author, String type, String passage, Instant now) throws SQLException {
        return tell(connection, Subscription.Kind.ARTICLE_COMMENTS, articleId, author, OptionalLong.empty(), Optional.of(articleId),
                "Missed incident reported by " + author + " in article " + articleId + ": " + type.replace('_', ' '),
                "An analyst added an incident that extraction missed, from this passage: \u201c" + excerpt(passage) + "\u201d", now);
    }

    private static int tell(Connection connection, Subscription.Kind kind, String target, String author, OptionalLong incidentId,
                            Optional<String> articleId, String title, String body, Instant now) throws SQLException {
        int count = 0;
        for (Map.Entry<String, Optional<DeliveryTarget.Digest>> follower : SubscriptionTable.subscribers(connection, kind, target).entrySet()) {
            String owner = follower.getKey();
            if (owner.equals(author)) continue;
            long id = NotificationTable.insert(connection, owner, Notification.Kind.COMMENT, incidentId, articleId, AlertText.oneLine(title),
                    body, List.of(), List.of(), now);
            IncidentAlerts.enqueue(connection, owner, id, now, List.of(follower.getValue()));
            count++;
        }
        return count;
    }

    private static String excerpt(String text) {
        return text.length() > EXCERPT ? text.substring(0, EXCERPT - 1) + "\u2026" : text;
    }
}
