package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigil.extract.IncidentType;
import org.vigil.resolve.Place;
import org.vigil.store.IncidentQuery;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil incidents}: lists stored incidents, filtered, as a table, JSON or CSV. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "List the stored incidents, newest first. Filters combine.")
final class IncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", description = "Incident type, e.g. bombing, armed_assault, arrest.")
    String type;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "ISO 3166 code (RU) or country name (Russia).")
    String country;

    @Option(names = "--perpetrator", paramLabel = "GROUP", description = "Group name or alias (ISIS-K).")
    String perpetrator;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Incidents on or after this day.")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Incidents on or before this day.")
    String until;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most this many incidents (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
    Path db = SqliteIncidentStore.defaultLocation();

    private final Components components;

    IncidentsCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        Optional<IncidentType> t = Optional.empty();
        if (type != null) {
            t = IncidentType.fromCode(type.trim().toLowerCase());
            if (t.isEmpty()) problems.add("Option '--type' must be one of "
                    + Arrays.stream(IncidentType.values()).map(IncidentType::code).collect(Collectors.joining(", ")) + "; got '" + type + "'");
        }
        Optional<String> cc = Optional.empty();
        if (country != null) {
            cc = components.gazetteer().country(country.trim()).map(Place::countryCode);
            if (cc.isEmpty()) problems.add("Option '--country' must be an ISO 3166 code like RU or a country name like Russia; got '" + country + "'");
        }
        Optional<String> group = Optional.empty();
        if (perpetrator != null) {
            group = components.actors().canonical(perpetrator.trim());
            if (group.isEmpty()) problems.add("Option '--perpetrator' names no group Vigil knows: '" + perpetrator
                    + "' (use a name or alias from the actor tables, e.g. 'Islamic State' or 'ISIS-K')");
        }
        Optional<LocalDate> from = date("--since", since, problems);
        Optional<LocalDate> to = date("--until", until, problems);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            problems.add("Option '--since' (" + from.get() + ") is after '--until' (" + to.get() + ")");
        }
        Optional<IncidentFormat> f = IncidentFormat.parse(format);
        if (f.isEmpty()) problems.add("Option '--format' must be table, json or csv; got '" + format + "'");
        if (limit < 1) problems.add("Option '--limit' must be at least 1; got " + limit);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("error: " + p));
            return 2;
        }
        if (!Files.exists(db)) {
            err.println("error: no store at " + db + "; run 'vigil ingest' or 'vigil demo' first, or pass --db");
            return 2;
        }
        try (IncidentStore store = org.vigil.review.CorrectedIncidentStore.open(db)) {
            IncidentQuery query = new IncidentQuery(t, cc, group, from, to, limit, 0);
            f.get().write(store.incidents(query), spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static Optional<LocalDate> date(String option, String value, List<String> problems) {
        if (value == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            problems.add("Option '" + option + "' must be an ISO date like 2024-05-01; got '" + value + "'");
            return Optional.empty();
        }
    }
}
