package org.vigil.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Alerts the followers of an incident's or article's comments when a comment is added. The comment
 * feature calls {@link #commented} on the connection of the transaction that saves the comment, so the
 * alerts commit with it; the author is not told of their own comment.
 */
public final class CommentAlerts {
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
        int count = 0;
        for (String owner : SubscriptionTable.subscribers(connection, kind, target)) {
            if (owner.equals(author)) continue;
            String excerpt = text.length() > 500 ? text.substring(0, 499) + "…" : text;
            long id = NotificationTable.insert(connection, owner, Notification.Kind.COMMENT,
                    on instanceof Commented.OnIncident i ? OptionalLong.of(i.incidentId()) : OptionalLong.empty(),
                    on instanceof Commented.OnArticle a ? Optional.of(a.articleId()) : Optional.empty(),
                    AlertText.oneLine("New comment by " + author + " on " + what), excerpt, List.of(), List.of(), now);
            IncidentAlerts.enqueue(connection, owner, id, now);
            count++;
        }
        return count;
    }
}
