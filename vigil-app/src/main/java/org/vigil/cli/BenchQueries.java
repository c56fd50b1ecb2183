package org.vigil.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.vigil.extract.IncidentType;

/**
 * The requests {@code bench-web} sends: repeatable random filters, text searches (words drawn as the
 * synthetic corpus draws them, so most are common), sorts and pages, each labelled with its kinds.
 * A filter is never handed out twice, so a stats request for it is the first, uncached one.
 */
final class BenchQueries {
    static final String NO_FILTER = "no filter";
    static final String FIELDS = "field filters";
    static final String TEXT = "text search";
    static final String SORTED = "sorted";
    static final String PAGED = "later page";
    /** Every kind, in the order a report lists them. */
    static final List<String> KINDS = List.of(NO_FILTER, FIELDS, TEXT, SORTED, PAGED);

    /** A query string (empty or starting with {@code ?}) and the kinds it belongs to. */
    record Request(String query, List<String> kinds) { }

    /** Orders and pages of the list; the default order most often, as people use it. */
    private static final List<String> ORDERS = List.of("", "", "", "sort=killed", "sort=injured&dir=asc", "sort=country", "sort=group&dir=asc",
            "sort=place", "sort=type&dir=asc", "sort=date&dir=asc", "page=40", "page=2&size=100", "sort=killed&page=10");

    private final Random random;
    private final Set<String> handedOut = new HashSet<>();

    BenchQueries(long seed) {
        this.random = new Random(seed);
    }

    /** A filter not handed out before, with no order or page. */
    Request freshFilter() {
        return freshFilter(null);
    }

    /** A filter of this kind (any kind when null) not handed out before, with no order or page. */
    Request freshFilter(String kind) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            Request r = filter();
            if ((kind == null || r.kinds().contains(kind)) && handedOut.add(r.query())) return r;
        }
        throw new IllegalStateException("No fresh filter of kind " + kind + " is left after 100,000 draws");
    }

    /** A filter (perhaps seen before) with an order and page. */
    Request listRequest() {
        Request f = filter();
        String order = ORDERS.get(random.nextInt(ORDERS.size()));
        List<String> kinds = new ArrayList<>(f.kinds());
        if (order.contains("sort=")) kinds.add(SORTED);
        if (order.contains("page=")) kinds.add(PAGED);
        String query = f.query().isEmpty() ? (order.isEmpty() ? "" : "?" + order) : f.query() + (order.isEmpty() ? "" : "&" + order);
        return new Request(query, kinds);
    }

    private Request filter() {
        List<String> parts = new ArrayList<>();
        switch (random.nextInt(10)) {
            case 0 -> { }
            case 1 -> parts.add(type());
            case 2 -> parts.add(country());
            case 3 -> parts.add(group());
            case 4 -> parts.add(dates());
            case 5 -> {
                parts.add(type());
                parts.add(random.nextBoolean() ? country() : dates());
            }
            case 6 -> parts.add(text(1));
            case 7 -> parts.add(text(2));
            case 8 -> {
                parts.add(text(1));
                parts.add(random.nextBoolean() ? type() : group());
            }
            default -> {
                parts.add(text(1));
                parts.add(dates());
            }
        }
        String query = parts.isEmpty() ? "" : "?" + String.join("&", parts);
        String kind = parts.isEmpty() ? NO_FILTER : query.contains("q=") ? TEXT : FIELDS;
        return new Request(query, List.of(kind));
    }

    private String type() {
        IncidentType[] types = IncidentType.values();
        return "type=" + types[random.nextInt(types.length)].code();
    }

    private String country() {
        return "country=" + SyntheticCorpus.PLACES.get(random.nextInt(SyntheticCorpus.PLACES.size())).country();
    }

    private String group() {
        return "group=" + encode(SyntheticCorpus.GROUPS.get(random.nextInt(SyntheticCorpus.GROUPS.size() - 1)));
    }

    /** A span of one to six years within the corpus's 1995-2024, or only a start. */
    private String dates() {
        int since = 1995 + random.nextInt(30);
        if (random.nextInt(4) == 0) return "since=" + since + "-01-01";
        int until = Math.min(2024, since + random.nextInt(6));
        return "since=" + since + "-01-01&until=" + until + "-12-31";
    }

    private String text(int words) {
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < words; i++) typed.add(SyntheticCorpus.word(random));
        return "q=" + encode(String.join(" ", typed));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
