package org.vigil.web;

import io.javalin.http.Context;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.WebhookPolicy;
import org.vigil.review.Account;
import org.vigil.review.Refusal;

/**
 * Who may add a webhook to an internal host through the web: the machine-wide setting
 * {@code webhook.allowPrivate} decides whether such targets exist at all, and where it allows them only
 * an admin may add one. Where it does not, {@link WebhookPolicy} refuses them for everyone.
 */
final class PrivateWebhooks {
    private final ReviewSite site;
    private final boolean allowedOnThisMachine;

    PrivateWebhooks(ReviewSite site, boolean allowedOnThisMachine) {
        this.site = site;
        this.allowedOnThisMachine = allowedOnThisMachine;
    }

    /** Refuses (403) a non-admin's webhook to a host that is internal or does not resolve. */
    void check(Context ctx, DeliveryTarget.Kind kind, String address) {
        if (kind != DeliveryTarget.Kind.WEBHOOK || !allowedOnThisMachine) return;
        Account who = site.viewer(ctx).orElseThrow(() -> new Refusal.NotAllowed("Log in to add a delivery target", true));
        if (who.isAdmin() || !WebhookPolicy.mayReachInternal(address)) return;
        throw new Refusal.NotAllowed("Only an admin may add a webhook to an internal host or one that does not resolve ('" + address + "'); "
                + who.name() + " is " + (who.role() == org.vigil.review.Role.ANALYST ? "an " : "a ") + who.role().code(), false);
    }
}
