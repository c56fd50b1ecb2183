package org.vigil.web;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigil.alert.Alerts;
import org.vigil.alert.Notification;

/**
 * Live notifications over server-sent events: each open page keeps one stream, and a poller reads new
 * notification rows every {@value #POLL_MILLIS} ms (whichever process ingested them) and sends each to
 * the streams of its owner as a {@code notification} event whose id is the notification's.
 */
final class NotificationStream implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(NotificationStream.class.getName());
    static final long POLL_MILLIS = 200;
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final Alerts alerts;
    private final Map<SseClient, String> clients = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private volatile long lastId;
    private long lastKeepAlive = System.currentTimeMillis();

    NotificationStream(Alerts alerts) {
        this.alerts = alerts;
    }

    synchronized void start() {
        if (poller != null) return;
        lastId = alerts.lastNotificationId();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-notification-stream");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream for the asking user: a {@code ready} event with their unread count, then, when the
     * page says with {@code ?after=ID} what it already shows, the notifications it missed since.
     */
    void connect(SseClient client) {
        String owner = Owner.of(client.ctx());
        client.keepAlive();
        clients.put(client, owner);
        client.onClose(() -> clients.remove(client));
        client.sendEvent("ready", Map.of("unread", alerts.unread(owner), "user", owner));
        String after = client.ctx().queryParam("after");
        if (after != null && after.matches("\\d{1,18}")) {
            List<Notification> missed = new java.util.ArrayList<>(alerts.notifications(owner, Long.parseLong(after), 100));
            java.util.Collections.reverse(missed);
            int unread = alerts.unread(owner);
            missed.forEach(n -> client.sendEvent("notification", event(n, unread), Long.toString(n.id())));
        }
    }

    private void poll() {
        try {
            List<Notification> fresh = alerts.notificationsAfter(lastId, 500);
            for (Notification n : fresh) {
                lastId = n.id();
                if (!clients.containsValue(n.owner())) continue;
                Map<String, Object> event = event(n, alerts.unread(n.owner()));
                clients.forEach((client, owner) -> {
                    if (owner.equals(n.owner()) && !client.terminated()) client.sendEvent("notification", event, Long.toString(n.id()));
                });
            }
            if (System.currentTimeMillis() - lastKeepAlive > KEEP_ALIVE_MILLIS) {
                lastKeepAlive = System.currentTimeMillis();
                clients.keySet().forEach(c -> c.sendComment("keep-alive"));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading new notifications failed; trying again", e);
        }
    }

    /** The notification with its owner's unread count, so every open page shows the same number. */
    private static Map<String, Object> event(Notification n, int unread) {
        Map<String, Object> json = NotificationJson.notification(n);
        json.put("unread", unread);
        return json;
    }

    @Override
    public synchronized void close() {
        if (poller != null) poller.shutdownNow();
        poller = null;
        clients.keySet().forEach(SseClient::close);
        clients.clear();
    }
}
