/**
 * Watchlists and alerts. A {@link org.vigil.alert.Watchlist} names what a user watches (types, groups,
 * countries and regions, geofences, a minimum toll, keywords); {@link org.vigil.alert.IncidentAlerts}
 * listens to every save and correction of the incident store and, in the same transaction, writes one
 * "new" alert per matching incident and one "update" alert saying what changed for an incident a user
 * was already told about or follows, to the in-app list and the outbox. {@link org.vigil.alert.DeliveryWorker}
 * empties the outbox through the {@link org.vigil.alert.Notifier}s ({@link org.vigil.alert.EmailNotifier}
 * over SMTP, single or as digests; {@link org.vigil.alert.WebhookNotifier} with HMAC-SHA256 signatures),
 * retrying with backoff and parking what keeps failing; webhooks go to the address
 * {@link org.vigil.alert.WebhookPolicy} checked, never to a second lookup. {@link org.vigil.alert.ReviewAlerts}
 * joins review to alerts: matching with analysts' corrections, and the alerts of a correction, comment or
 * missed incident written in the transaction that saves it. {@link org.vigil.alert.Alerts} is what the CLI
 * and the web use to manage a user's own watchlists, targets, subscriptions and notifications.
 */
package org.vigil.alert;
