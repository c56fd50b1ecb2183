package org.vigil.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.alert.Delivery;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.Notification;
import org.vigil.alert.Subscription;
import org.vigil.alert.Watchlist;

/** The JSON shapes of the alert API: plain maps, so the fields and their order are visible here. */
final class NotificationJson {
    private NotificationJson() {
    }

    static Map<String, Object> notification(Notification n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", n.id());
        json.put("kind", n.kind().code());
        json.put("title", n.title());
        json.put("body", n.body());
        json.put("changes", n.changes());
        json.put("watchlists", n.watchlists());
        json.put("incidentId", n.incidentId().isPresent() ? n.incidentId().getAsLong() : null);
        json.put("articleId", n.articleId().orElse(null));
        json.put("createdAt", n.createdAt().toString());
        json.put("read", n.read());
        return json;
    }

    static Map<String, Object> watchlist(Watchlist w) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", w.id());
        json.put("name", w.name());
        json.put("active", w.active());
        json.put("criteria", org.vigil.alert.CriteriaJson.write(w.criteria()));
        json.put("emailDigest", w.emailDigest().map(DeliveryTarget.Digest::choiceCode).orElse("default"));
        return json;
    }

    static Map<String, Object> target(DeliveryTarget t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("address", t.address());
        json.put("digest", t.digest().name().toLowerCase(java.util.Locale.ROOT));
        if (t.secret().isPresent()) json.put("secret", t.maskedSecret());
        return json;
    }

    static Map<String, Object> subscription(Subscription s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("kind", s.kind().code());
        json.put("target", s.target());
        json.put("emailDigest", s.emailDigest().map(DeliveryTarget.Digest::choiceCode).orElse("default"));
        return json;
    }

    static Map<String, Object> delivery(Delivery d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("notificationId", d.notificationId());
        json.put("targetId", d.targetId());
        json.put("idempotencyKey", d.idempotencyKey());
        json.put("status", d.status().code());
        json.put("attempts", d.attempts());
        json.put("lastError", d.lastError().orElse(null));
        json.put("digest", d.digest().code());
        return json;
    }

    static List<Map<String, Object>> notifications(List<Notification> list) {
        return list.stream().map(NotificationJson::notification).toList();
    }
}
