package org.vigil.alert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.store.ChangedIncident;

/**
 * Decides which watchlists an incident meets. Built once per set of watchlists: regions are expanded
 * to countries, groups lower-cased and keywords compiled, so that matching one incident against a
 * thousand watchlists costs well under a millisecond plus one scan of the text per keyword list.
 */
public final class WatchMatcher {
    private final List<Compiled> watchlists;

    public WatchMatcher(List<Watchlist> watchlists) {
        this.watchlists = watchlists.stream().filter(Watchlist::active).map(Compiled::new).toList();
    }

    /** The active watchlists the incident meets, in the given order. */
    public List<Watchlist> matching(ChangedIncident incident) {
        Facts facts = new Facts(incident);
        List<Watchlist> matched = new ArrayList<>();
        for (Compiled w : watchlists) {
            if (w.matches(facts)) matched.add(w.watchlist);
        }
        return matched;
    }

    /** Whether one watchlist, active or not, is met by the incident. */
    public static boolean matches(Watchlist watchlist, ChangedIncident incident) {
        return new Compiled(watchlist).matches(new Facts(incident));
    }

    /** The incident's values in the form the checks compare, computed once per incident. */
    private static final class Facts {
        final ChangedIncident incident;
        final String perpetrator;
        private String lowerText;

        Facts(ChangedIncident incident) {
            this.incident = incident;
            this.perpetrator = incident.perpetrator().map(p -> p.toLowerCase(Locale.ROOT)).orElse(null);
        }

        String lowerText() {
            if (lowerText == null) lowerText = incident.text().toLowerCase(Locale.ROOT);
            return lowerText;
        }
    }

    private static final class Compiled {
        final Watchlist watchlist;
        final WatchCriteria c;
        final Set<String> groups;
        final Set<String> placeCountries = new HashSet<>();
        final boolean hasPlace;
        final List<String> lowerKeywords;
        final Pattern keywords;

        Compiled(Watchlist watchlist) {
            this.watchlist = watchlist;
            this.c = watchlist.criteria();
            this.groups = c.groups().stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            placeCountries.addAll(c.countries());
            c.regions().forEach(r -> placeCountries.addAll(Regions.bundled().countries(r).orElseThrow()));
            hasPlace = !placeCountries.isEmpty() || !c.geofences().isEmpty();
            lowerKeywords = c.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT).split("\\s+")[0]).toList();
            keywords = c.keywords().isEmpty() ? null : Pattern.compile(c.keywords().stream()
                    .map(k -> Pattern.quote(k.trim()).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q"))
                    .collect(Collectors.joining("|", "(?iu)(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
        }

        boolean matches(Facts f) {
            ChangedIncident i = f.incident;
            if (!c.types().isEmpty() && !c.types().contains(i.type())) return false;
            if (c.minKilled().isPresent() && (i.killed().isEmpty() || i.killed().getAsInt() < c.minKilled().getAsInt())) return false;
            if (!groups.isEmpty() && (f.perpetrator == null || !groups.contains(f.perpetrator))) return false;
            if (hasPlace && !inPlace(i)) return false;
            return keywords == null || hasKeyword(f);
        }

        private boolean inPlace(ChangedIncident i) {
            if (i.country().isPresent() && placeCountries.contains(i.country().get())) return true;
            if (i.coordinates().isEmpty()) return false;
            for (Geofence fence : c.geofences()) {
                if (fence.contains(i.coordinates().get())) return true;
            }
            return false;
        }

        /** A cheap substring test first: most texts hold none of a watchlist's words. */
        private boolean hasKeyword(Facts f) {
            String text = f.lowerText();
            boolean maybe = false;
            for (String first : lowerKeywords) {
                if (text.contains(first)) {
                    maybe = true;
                    break;
                }
            }
            return maybe && keywords.matcher(f.incident.text()).find();
        }
    }
}
