package org.vigil.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognizes a page's publication lines ("Updated 5:27 am CST, Wednesday, November 20, 2019"), which are not article text. */
final class Datelines {

    /** A publication line is short. */
    private static final int MAX_WORDS = 16;
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b(1[89]|20)\\d\\d\\b|\\b\\d{1,2}:\\d\\d\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b");
    private static final Pattern PUBLICATION_WORD = Pattern.compile(
            "\\W*(published|updated|posted|last updated|last modified|modified|publicado|atualizado|actualizado|publié|mis à jour"
                    + "|veröffentlicht|aktualisiert|pubblicato|aggiornato|опубликовано|обновлено)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that a line made only of a date and time is written with, in the languages most pages use. */
    private static final Pattern DATE_WORD = Pattern.compile(
            "\\d[\\d.:]*(st|nd|rd|th|h|am|pm)?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september"
                    + "|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
                    + "|saturday|sunday|am|pm|a\\.m|p\\.m|at|on|of|the|de|del|às|à|a|le|el|um|o|by|and|et|y|e"
                    + "|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
                    + "|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
                    + "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
                    + "|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio"
                    + "|settembre|ottobre|dicembre|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira"
                    + "|[a-z]{1,2}t|[a-z]st|[a-z]dt|utc|gmt|updated|published|posted|mis|jour");

    private Datelines() {
    }

    /** True for a short line that states when the page was published or updated. */
    static boolean isDateline(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s,|/()\\-–—:]+");
        if (words.length > MAX_WORDS || !DATE_OR_TIME.matcher(text).find()) return false;
        if (PUBLICATION_WORD.matcher(text).matches()) return true;
        int dateWords = 0;
        int total = 0;
        for (String w : words) {
            String word = w.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            if (word.isEmpty()) continue;
            total++;
            if (DATE_WORD.matcher(word).matches()) dateWords++;
        }
        return total > 0 && dateWords == total;
    }
}
