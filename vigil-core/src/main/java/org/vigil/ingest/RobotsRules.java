package org.vigil.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one host's robots.txt that apply to one user agent (RFC 9309): the group naming the
 * agent, else the {@code *} group; the longest matching Allow or Disallow path wins, Allow on a tie.
 */
final class RobotsRules {
    private record Rule(String path, boolean allow) {
    }

    private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)));

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    static RobotsRules disallowAll() {
        return DISALLOW_ALL;
    }

    /** The rules for {@code agent} (its product token, such as "Vigil") in the text of a robots.txt. */
    static RobotsRules parse(String robotsTxt, String agent) {
        String token = agent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean foundMine = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : (robotsTxt + "\nuser-agent: \u0000end").split("\n")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    // A new group begins: file the finished one under each agent it named.
                    for (String a : groupAgents) {
                        if (a.equals(token)) {
                            mine.addAll(current);
                            foundMine = true;
                        } else if (a.equals("*")) {
                            star.addAll(current);
                        }
                    }
                    groupAgents.clear();
                    current = new ArrayList<>();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) current.add(new Rule(value, key.equals("allow")));
            }
        }
        return new RobotsRules(foundMine ? mine : star);
    }

    /** Whether the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.path(), path)
                    && (best == null || rule.path().length() > best.path().length()
                        || rule.path().length() == best.path().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** Prefix match with {@code *} for any run of characters and a final {@code $} for the end of the path. */
    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String part : p.split("\\*", -1)) {
            if (regex.length() > 0) regex.append(".*");
            regex.append(java.util.regex.Pattern.quote(part));
        }
        if (!anchored) regex.append(".*");
        return path.matches(regex.toString());
    }
}
