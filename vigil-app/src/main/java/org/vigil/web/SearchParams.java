package org.vigil.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.extract.IncidentType;
import org.vigil.store.IncidentQuery;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentSort;

/**
 * The filters, order and page of a view as its URL carries them ({@code ?type=bombing&group=Taliban&page=2}),
 * so a view can be shared; the same parameters serve the pages, the CSV download and the API.
 * Blank values count as absent, as an empty form field sends them.
 */
record SearchParams(Map<String, String> values) {
    /** Every parameter, in the order a URL writes them. */
    static final List<String> NAMES = List.of("q", "type", "group", "country", "since", "until", "sort", "dir", "page", "size");
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    SearchParams {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) kept.put(name, value.strip());
        }
        values = java.util.Collections.unmodifiableMap(kept);
    }

    /** The first value of each known parameter in a request's query; unknown parameters are ignored. */
    static SearchParams of(Map<String, List<String>> query) {
        Map<String, String> first = new LinkedHashMap<>();
        query.forEach((name, list) -> {
            if (!list.isEmpty()) first.put(name, list.get(0));
        });
        return new SearchParams(first);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    SearchParams with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return new SearchParams(changed);
    }

    SearchParams without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        for (String name : names) changed.remove(name);
        return new SearchParams(changed);
    }

    /** Only the filters: no order and no page. */
    SearchParams filters() {
        return without("sort", "dir", "page", "size");
    }

    /** {@code ?a=1&b=2} with every value URL-encoded, or the empty string when there is no parameter. */
    String queryString() {
        if (values.isEmpty()) return "";
        return values.entrySet().stream().map(e -> e.getKey() + "=" + Html.url(e.getValue())).collect(Collectors.joining("&", "?", ""));
    }

    /** The search these parameters ask for; every problem with them is reported at once. */
    IncidentSearch search(Names names) {
        List<String> problems = new ArrayList<>();
        Optional<IncidentType> type = get("type").flatMap(t -> {
            Optional<IncidentType> parsed = IncidentType.fromCode(t.toLowerCase(java.util.Locale.ROOT));
            if (parsed.isEmpty()) problems.add("Query parameter 'type' must be one of " + codes(IncidentType.values()) + "; got '" + t + "'");
            return parsed;
        });
        Optional<String> country = get("country").flatMap(c -> {
            Optional<String> code = names.countryCode(c);
            if (code.isEmpty()) problems.add("Query parameter 'country' must be an ISO 3166 code like RU or a country name like Russia; got '" + c + "'");
            return code;
        });
        Optional<String> group = get("group").map(names::groupName);
        Optional<LocalDate> since = date("since", problems);
        Optional<LocalDate> until = date("until", problems);
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            problems.add("Query parameter 'since' (" + since.get() + ") must not be after 'until' (" + until.get() + ")");
        }
        Optional<IncidentSort> sort = get("sort").flatMap(s -> {
            Optional<IncidentSort> parsed = IncidentSort.fromCode(s);
            if (parsed.isEmpty()) problems.add("Query parameter 'sort' must be one of " + codes(IncidentSort.values()) + "; got '" + s + "'");
            return parsed;
        });
        String dir = get("dir").orElse("desc");
        if (!dir.equals("asc") && !dir.equals("desc")) problems.add("Query parameter 'dir' must be asc or desc; got '" + dir + "'");
        int page = number("page", 1, Integer.MAX_VALUE / MAX_SIZE, 1, problems);
        int size = number("size", 1, MAX_SIZE, DEFAULT_SIZE, problems);
        if (!problems.isEmpty()) throw new InvalidQuery(problems);
        IncidentQuery query = new IncidentQuery(type, country, group, since, until, size, (page - 1) * size);
        return new IncidentSearch(query, get("q"), sort.orElse(IncidentSort.DATE), !dir.equals("asc"));
    }

    int page() {
        return get("page").map(Integer::parseInt).orElse(1);
    }

    private Optional<LocalDate> date(String name, List<String> problems) {
        return get(name).flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d));
            } catch (DateTimeParseException e) {
                problems.add("Query parameter '" + name + "' must be an ISO date like 2024-05-01; got '" + d + "'");
                return Optional.empty();
            }
        });
    }

    private int number(String name, int min, int max, int absent, List<String> problems) {
        Optional<String> value = get(name);
        if (value.isEmpty()) return absent;
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        problems.add("Query parameter '" + name + "' must be a whole number from " + min + " to " + max + "; got '" + value.get() + "'");
        return absent;
    }

    private static String codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
