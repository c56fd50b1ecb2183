package org.vigil.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes the lines a web page wraps around an article (comment and rating widgets, share
 * bars, cookie notices) and cuts them from the end of a text, so both the HTML and the plain-text
 * readers drop them.
 */
final class PageChrome {

    /** Whole lines (or paragraphs) that are page furniture, never article prose; matched case-insensitively. */
    private static final List<Pattern> WIDGET_LINES = List.of(
            Pattern.compile("\\d+\\s+\\d+\\s+votes?"),
            Pattern.compile("article rating"),
            Pattern.compile("notify of"),
            Pattern.compile("inline feedbacks?"),
            Pattern.compile("view all comments"),
            Pattern.compile("(\\d+\\s+)?comments?"),
            Pattern.compile("(leave|post|add|write) a (comment|reply)"),
            Pattern.compile("(log ?in|sign ?in|subscribe) to (comment|reply)"),
            Pattern.compile("(oldest|newest|most voted)"),
            Pattern.compile("share( this( article| story| page)?)?( on)?:?"),
            Pattern.compile("(share on )?(facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|print|reddit|pinterest)"),
            Pattern.compile("copy link"),
            Pattern.compile("advert|advertisement|advertising|sponsored( content)?"),
            Pattern.compile("related( articles| stories| posts)?:?|read more:?|see also:?|you may also like( this)?\\W*|more from .{1,40}"),
            Pattern.compile("(image|photo|slide) \\d+ of \\d+|this slideshow requires javascript\\.?"),
            Pattern.compile("(\\d+ min(ute)?s? read|reading time:.{0,20}|tempo de leitura:.{0,20})"),
            Pattern.compile("(we use|this (web)?site uses) cookies.*"),
            Pattern.compile("(accept|reject|manage)( all)? cookies|cookie (settings|policy|preferences)"),
            Pattern.compile("(sign up|subscribe) (for|to) (our|the) newsletter.*"),
            Pattern.compile("rate this (article|post|story):?"),
            Pattern.compile("(tags|filed under|categories):.{0,200}"),
            Pattern.compile("(\\d+ )?(likes?|shares?|reactions?)"));

    /** Sentences that ask the reader to follow, subscribe or write in: the page talking, not the article. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            ".*(\\bfollow\\b.{0,40}\\b(twitter|facebook|instagram|linkedin)"
                    + "|(sign up|subscribe)\\b.{0,60}\\b(newsletters?|inbox)"
                    + "|\\b(reach|contact|email|e-mail)(ed)?\\b.{0,60}@[\\w-]+\\.\\w"
                    + "|\\bjoin our\\b.{0,30}\\b(forums?|community|newsletter)).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A call to action is a short paragraph. */
    private static final int CALL_TO_ACTION_WORDS = 60;

    private PageChrome() {
    }

    /** True for a short paragraph asking the reader to follow the author, subscribe or get in touch. */
    static boolean isCallToAction(String paragraph) {
        return BodyBlocks.words(paragraph) <= CALL_TO_ACTION_WORDS && CALL_TO_ACTION.matcher(paragraph).matches();
    }

    /** True when {@code line} (trimmed) is page furniture rather than prose. */
    static boolean isWidgetLine(String line) {
        String t = line.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 120) return false;
        for (Pattern p : WIDGET_LINES) {
            if (p.matcher(t).matches()) return true;
        }
        return false;
    }

    /**
     * {@code text} without the widget lines at its end (and the blank lines around them); the
     * text before them is returned unchanged, so offsets into it stay valid.
     */
    static String withoutTrailingWidgets(String text) {
        int end = text.length();
        while (true) {
            int trimmed = end;
            while (trimmed > 0 && Character.isWhitespace(text.charAt(trimmed - 1))) trimmed--;
            int lineStart = text.lastIndexOf('\n', trimmed - 1) + 1;
            if (trimmed == 0 || !isWidgetLine(text.substring(lineStart, trimmed))) {
                return text.substring(0, trimmed);
            }
            end = lineStart;
        }
    }
}
