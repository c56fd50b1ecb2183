package org.vigil.web;

import java.util.Optional;
import org.vigil.review.Account;
import org.vigil.review.Session;

/** The pieces every review form shares: who is viewing, the CSRF field, and where to return after posting. */
record ReviewForms(Optional<Session> session, String here) {

    Optional<Account> viewer() {
        return session.map(Session::account);
    }

    boolean loggedIn() {
        return session.isPresent();
    }

    /** The opening tag of a POST form to {@code action}, with the CSRF token and the return address as hidden fields. */
    String open(String action, String cssClass) {
        return "<form method=\"post\" action=\"" + Html.escape(action) + "\" class=\"" + cssClass + "\">" + hidden("csrf",
                session.map(Session::csrf).orElse("")) + hidden("next", here);
    }

    /** A form that is one button. */
    String button(String action, String label, String cssClass) {
        return open(action, cssClass) + "<button type=\"submit\">" + Html.escape(label) + "</button></form>";
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">";
    }

    /** "Log in to ..." with a link that comes back here. */
    String logInTo(String what) {
        return "<p class=\"login-hint\"><a href=\"/login?next=" + Html.escape(Html.url(here)) + "\">Log in</a> to " + Html.escape(what) + ".</p>";
    }
}
