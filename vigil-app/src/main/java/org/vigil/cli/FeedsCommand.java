package org.vigil.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.ingest.Feed;
import org.vigil.store.SqliteFeedList;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil feeds add|list|remove}: the RSS and Atom feeds that {@code vigil follow} polls. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Manage the RSS and Atom feeds 'vigil follow' polls.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class})
final class FeedsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static final Pattern EVERY = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    /** "90s", "10m", "2h", "1d" as a duration, or empty when the text is not one. */
    static java.util.Optional<Duration> interval(String text) {
        Matcher m = EVERY.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return java.util.Optional.empty();
        long n = Long.parseLong(m.group(1));
        return java.util.Optional.of(switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }

    static String describe(Duration d) {
        long s = d.toSeconds();
        if (s % 86400 == 0) return s / 86400 + "d";
        if (s % 3600 == 0) return s / 3600 + "h";
        if (s % 60 == 0) return s / 60 + "m";
        return s + "s";
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Follow a feed (or change how often it is polled).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "Address of an RSS or Atom feed.")
        String url;

        @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "10m",
                description = "How often to poll it: 90s, 10m, 2h, 1d (default: ${DEFAULT-VALUE}; at least 1m).")
        String every;

        @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
        Path db = SqliteIncidentStore.defaultLocation();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            java.util.Optional<Duration> interval = interval(every);
            String scheme = schemeOf(url);
            if (interval.isEmpty() || interval.get().compareTo(Feed.MIN_INTERVAL) < 0) {
                err.println("error: Option '--every' must be a duration of at least 1m such as 90s, 10m, 2h or 1d; got '" + every + "'");
                return 2;
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                err.println("error: Feed URL must start with http:// or https://; got '" + url + "'");
                return 2;
            }
            try (SqliteFeedList feeds = SqliteFeedList.open(db)) {
                Feed feed = feeds.add(url.strip(), interval.get());
                spec.commandLine().getOut().println("Following feed " + feed.id() + " " + feed.url() + " every " + describe(feed.interval()) + ".");
                return 0;
            }
        }

        private static String schemeOf(String url) {
            try {
                String scheme = URI.create(url.strip()).getScheme();
                return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds followed, with their last poll.")
    static final class ListFeeds implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
        Path db = SqliteIncidentStore.defaultLocation();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (SqliteFeedList feeds = SqliteFeedList.open(db)) {
                List<Feed> all = feeds.feeds();
                for (Feed f : all) {
                    out.printf("%-4d %-5s %s%s%n     last poll: %s%n", f.id(), describe(f.interval()), f.url(),
                            f.title().map(t -> "  (" + t + ")").orElse(""),
                            f.polledAt().map(t -> t + ", " + f.lastStatus().orElse("")).orElse("never"));
                }
                out.println(all.size() + (all.size() == 1 ? " feed" : " feeds"));
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a feed.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "URL|ID", description = "The feed's address or its number in 'vigil feeds list'.")
        String feed;

        @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
        Path db = SqliteIncidentStore.defaultLocation();

        @Override
        public Integer call() {
            try (SqliteFeedList feeds = SqliteFeedList.open(db)) {
                if (!feeds.remove(feed.strip())) {
                    spec.commandLine().getErr().println("error: no feed '" + feed + "' is followed; see 'vigil feeds list'");
                    return 2;
                }
                spec.commandLine().getOut().println("Stopped following " + feed + ".");
                return 0;
            }
        }
    }
}
