package org.vigil.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Turns untrusted text into HTML text or attribute values, and path segments into URL-safe ones. */
final class Html {
    private Html() {
    }

    /** The text with every character that HTML gives a meaning to ({@code & < > " '}) written as an entity. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity == null && out != null) out.append(c);
            if (entity != null) {
                if (out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
                out.append(entity);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text encoded for a URL path segment or query value ({@code Islamic State} becomes {@code Islamic%20State}). */
    static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link whose address and text are both escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** A type code such as {@code armed_assault} as a label: {@code Armed assault}. */
    static String label(String code) {
        if (code == null || code.isEmpty()) return "";
        String spaced = code.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
