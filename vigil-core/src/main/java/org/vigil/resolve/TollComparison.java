package org.vigil.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The toll signal of a {@link MentionComparison}, read against every toll the reports of a stored
 * incident gave: the same toll ties a pair; tolls rise as the dead are counted and fall only a little
 * when double counts are struck off, so a report far below what was reported before it, or two reports
 * of one day far apart, speak against one incident. Empty when either side gives no toll.
 */
final class TollComparison {
    private TollComparison() {
    }

    static Optional<MentionComparison.Signal> of(ReportedMention incoming, List<ReportedMention> stored) {
        if (incoming.mention().killed().isEmpty()) return Optional.empty();
        int x = incoming.mention().killed().getAsInt();
        List<ReportedMention> told = stored.stream().filter(s -> s.mention().killed().isPresent()).toList();
        if (told.isEmpty()) return Optional.empty();
        if (told.stream().anyMatch(s -> toll(s) == x)) {
            return Optional.of(new MentionComparison.Signal("toll", x > 0 ? 0.5 : 0.2, x >= 3, false, "same toll " + x + " killed"));
        }
        Optional<Integer> before = told.stream().filter(s -> s.published().isBefore(incoming.published()))
                .map(TollComparison::toll).max(Comparator.naturalOrder());
        if (before.isPresent() && before.get() > x && farApart(before.get(), x)) {
            return points(-1.0, "toll " + before.get() + " then " + x + " falls too far for a revision");
        }
        Optional<Integer> after = told.stream().filter(s -> s.published().isAfter(incoming.published()))
                .map(TollComparison::toll).min(Comparator.naturalOrder());
        if (after.isPresent() && after.get() < x && farApart(x, after.get())) {
            return points(-1.0, "toll " + x + " then " + after.get() + " falls too far for a revision");
        }
        List<ReportedMention> otherDays = told.stream().filter(s -> !s.published().equals(incoming.published())).toList();
        if (!otherDays.isEmpty()) {
            int y = toll(otherDays.stream().min(Comparator.comparingInt(s -> Math.abs(toll(s) - x))).orElseThrow());
            return points(0.1, "toll " + y + " then " + x + " (revised)");
        }
        if (told.stream().allMatch(s -> farApart(toll(s), x))) {
            return points(-0.8, "tolls " + x + " and " + toll(told.get(0)) + " reported the same day are far apart");
        }
        return Optional.empty();
    }

    private static int toll(ReportedMention m) {
        return m.mention().killed().getAsInt();
    }

    private static boolean farApart(int a, int b) {
        int high = Math.max(a, b);
        return high >= 5 && high > 3 * Math.max(1, Math.min(a, b));
    }

    private static Optional<MentionComparison.Signal> points(double points, String reason) {
        return Optional.of(new MentionComparison.Signal("toll", points, false, false, reason));
    }
}
