package org.vigil.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.vigil.extract.IncidentMention;
import org.vigil.nlp.PartialDate;
import org.vigil.store.ChangedIncident;
import org.vigil.store.ChangedIncidents;
import org.vigil.store.IncidentListener;
import org.vigil.store.IncidentSource;

/**
 * An {@link IncidentListener} that lays analysts' corrections over the changed incidents before passing
 * them on (to alerts), so watchlists match corrected values on every ingest and every correction, and
 * an incident corrected to "not an incident" is passed on as withdrawn instead. It reads the incidents'
 * sources and their corrections on the connection it is given, so it sees a correction saved in that
 * same transaction and takes no lock of either store.
 */
public final class CorrectedChanges implements IncidentListener {
    private final IncidentListener next;

    public CorrectedChanges(IncidentListener next) {
        this.next = next;
    }

    /** The changes split into those that stand, with corrections laid over them, and the ids corrections withdrew. */
    public record Corrected(List<ChangedIncident> standing, List<Long> withdrawn) { }

    @Override
    public void changed(Connection connection, List<ChangedIncident> changes) throws SQLException {
        changed(connection, changes, "");
    }

    @Override
    public void changed(Connection connection, List<ChangedIncident> changes, String cause) throws SQLException {
        Corrected corrected = correct(connection, changes);
        next.changed(connection, corrected.standing(), cause);
        if (!corrected.withdrawn().isEmpty()) next.withdrawn(connection, corrected.withdrawn());
    }

    @Override
    public void withdrawn(Connection connection, List<Long> incidentIds) throws SQLException {
        next.withdrawn(connection, incidentIds);
    }

    /** The incidents as analysts corrected them, read on {@code connection}; those corrected to "not an incident" are withdrawn. */
    public static Corrected correct(Connection connection, List<ChangedIncident> changes) throws SQLException {
        List<ChangedIncident> kept = new ArrayList<>();
        List<Long> withdrawn = new ArrayList<>();
        for (ChangedIncident change : changes) {
            List<IncidentSource> sources = ChangedIncidents.sources(connection, change.id());
            CorrectionOverlay overlay = new CorrectionOverlay(SqliteReviewStore.corrections(connection,
                    sources.stream().map(IncidentSource::articleId).distinct().toList()));
            List<IncidentMention> standing = sources.stream().map(IncidentSource::mention).filter(m -> !overlay.rejected(m)).toList();
            if (overlay.isEmpty()) kept.add(change);
            else if (standing.isEmpty()) withdrawn.add(change.id());
            else kept.add(corrected(change, standing, overlay));
        }
        return new Corrected(kept, withdrawn);
    }

    /** The change with every corrected field replaced: the first standing source's fields, the largest corrected figures. */
    private static ChangedIncident corrected(ChangedIncident c, List<IncidentMention> standing, CorrectionOverlay overlay) {
        IncidentMention first = standing.get(0);
        Map<CorrectionField, Correction> in = overlay.current(first);
        IncidentMention f = overlay.apply(first);
        List<IncidentMention> all = standing.stream().map(overlay::apply).toList();
        boolean anyFigure = standing.stream().anyMatch(m -> overlay.current(m).containsKey(CorrectionField.KILLED));
        boolean anyInjured = standing.stream().anyMatch(m -> overlay.current(m).containsKey(CorrectionField.INJURED));
        boolean anyClaim = standing.stream().anyMatch(m -> overlay.current(m).containsKey(CorrectionField.CLAIMED));
        boolean moved = in.containsKey(CorrectionField.PLACE) || in.containsKey(CorrectionField.COUNTRY);
        return new ChangedIncident(c.id(), in.containsKey(CorrectionField.TYPE) ? f.type() : c.type(), c.status(),
                in.containsKey(CorrectionField.DATE) ? f.date().map(PartialDate::toString) : c.date(),
                in.containsKey(CorrectionField.PLACE) ? f.place() : c.place(),
                in.containsKey(CorrectionField.COUNTRY) ? f.country() : c.country(),
                moved ? f.coordinates() : c.coordinates(),
                in.containsKey(CorrectionField.PERPETRATOR) ? f.perpetrator() : c.perpetrator(),
                anyFigure ? largest(all, IncidentMention::killed) : c.killed(),
                anyInjured ? largest(all, IncidentMention::injured) : c.injured(),
                anyClaim ? claimed(all) : c.claimed(),
                c.articleIds(), c.title(), c.url(), c.evidence(), c.text());
    }

    private static OptionalInt largest(List<IncidentMention> mentions, Function<IncidentMention, OptionalInt> figure) {
        return mentions.stream().map(figure).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).max();
    }

    private static Optional<Boolean> claimed(List<IncidentMention> mentions) {
        List<Boolean> said = mentions.stream().flatMap(m -> m.claimed().stream()).toList();
        return said.isEmpty() ? Optional.empty() : Optional.of(said.contains(true));
    }
}
