package org.vigil.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Comparator;
import java.util.HashSet;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentPage;
import org.vigil.store.IncidentQuery;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentSource;
import org.vigil.store.IncidentStats;
import org.vigil.store.IncidentStore;
import org.vigil.store.ListedIncident;
import org.vigil.store.ReportedFigure;
import org.vigil.store.SqliteIncidentStore;
import org.vigil.store.StoredIncident;
import org.vigil.store.SaveOutcome;

/**
 * An {@link IncidentStore} that reads through another and lays analysts' corrections over what that store
 * keeps as extracted: each source's mention and each reported figure. The incidents' own values (the
 * columns filters, sorting, counts and exports read) the store already holds corrected, written when a
 * correction is saved ({@link ReviewStore#applyCorrections}); only whether a group claimed an incident,
 * which no column holds, is taken here from the corrected first mention.
 */
public final class CorrectedIncidentStore implements IncidentStore {
    private final IncidentStore extracted;
    private final ReviewStore review;
    private final boolean owns;

    /** Reads through {@code extracted}; closing this store closes neither. */
    public CorrectedIncidentStore(IncidentStore extracted, ReviewStore review) {
        this(extracted, review, false);
    }

    private CorrectedIncidentStore(IncidentStore extracted, ReviewStore review, boolean owns) {
        this.extracted = extracted;
        this.review = review;
        this.owns = owns;
    }

    /** The corrected view of the Vigil database in {@code file}; closing it closes both stores it opened. */
    public static CorrectedIncidentStore open(Path file) {
        SqliteIncidentStore extracted = SqliteIncidentStore.open(file);
        return new CorrectedIncidentStore(extracted, SqliteReviewStore.open(file), true);
    }

    @Override
    public SaveOutcome save(Article article, List<IncidentMention> mentions) {
        return extracted.save(article, mentions);
    }

    @Override
    public List<StoredIncident> incidents(IncidentQuery query) {
        return extracted.incidents(query);
    }

    @Override
    public int countIncidents(IncidentQuery query) {
        return extracted.countIncidents(query);
    }

    @Override
    public Optional<Article> article(String id) {
        return extracted.article(id);
    }

    @Override
    public Optional<org.vigil.store.IncidentExplanation> explain(long incidentId) {
        return extracted.explain(incidentId);
    }

    @Override
    public Optional<String> articleWithUrl(String url) {
        return extracted.articleWithUrl(url);
    }

    @Override
    public int articleCount() {
        return extracted.articleCount();
    }

    @Override
    public IncidentPage search(IncidentSearch search) {
        IncidentPage page = extracted.search(search);
        CorrectionOverlay overlay = overlay(page.incidents().stream().map(i -> i.incident().mention().articleId()).toList());
        if (overlay.isEmpty()) return page;
        return new IncidentPage(page.incidents().stream().map(l -> headline(l, overlay)).toList(), page.total());
    }

    @Override
    public IncidentStats stats(IncidentSearch search, int top) {
        return extracted.stats(search, top);
    }

    /** The incident with corrected sources and figures; a corrected figure where a source reported none is added to the history. */
    @Override
    public Optional<IncidentDetail> incident(long id) {
        Optional<IncidentDetail> found = extracted.incident(id);
        if (found.isEmpty()) return found;
        IncidentDetail detail = found.get();
        CorrectionOverlay overlay = overlay(detail.sources().stream().map(IncidentSource::articleId).toList());
        if (overlay.isEmpty()) return found;
        List<IncidentSource> sources = detail.sources().stream().map(s -> corrected(s, overlay)).toList();
        Map<Long, IncidentSource> byMention = new HashMap<>();
        sources.forEach(s -> byMention.put(s.mentionId(), s));
        List<ReportedFigure> figures = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ReportedFigure f : detail.figures()) {
            reported.add(f.mentionId() + f.kind());
            IncidentSource s = byMention.get(f.mentionId());
            OptionalInt value = s == null ? OptionalInt.of(f.value()) : figure(s.mention(), f.kind());
            if (value.isPresent()) figures.add(new ReportedFigure(f.kind(), value.getAsInt(), f.reportedAt(), f.mentionId(), f.articleId(), f.articleTitle()));
        }
        for (IncidentSource s : sources) {
            for (String kind : List.of("killed", "injured")) {
                OptionalInt value = figure(s.mention(), kind);
                if (value.isPresent() && !reported.contains(s.mentionId() + kind)) {
                    figures.add(new ReportedFigure(kind, value.getAsInt(), s.published(), s.mentionId(), s.articleId(), s.articleTitle()));
                }
            }
        }
        figures.sort(Comparator.comparing(ReportedFigure::reportedAt));
        return Optional.of(new IncidentDetail(headline(detail.incident(), overlay), sources, figures));
    }

    @Override
    public List<IncidentSource> mentionsOfArticle(String articleId) {
        List<IncidentSource> sources = extracted.mentionsOfArticle(articleId);
        CorrectionOverlay overlay = overlay(List.of(articleId));
        return overlay.isEmpty() ? sources : sources.stream().map(s -> corrected(s, overlay)).toList();
    }

    @Override
    public void changedWithin(java.sql.Connection connection, java.util.Collection<Long> incidentIds, String cause) throws java.sql.SQLException {
        extracted.changedWithin(connection, incidentIds, cause);
    }

    @Override
    public void close() {
        if (!owns) return;
        try {
            review.close();
        } finally {
            extracted.close();
        }
    }

    private CorrectionOverlay overlay(List<String> articleIds) {
        Set<String> ids = new LinkedHashSet<>(articleIds);
        return new CorrectionOverlay(review.corrections(ids));
    }

    private static IncidentSource corrected(IncidentSource s, CorrectionOverlay overlay) {
        return s.withMention(overlay.apply(s.mention()));
    }

    /** The listed incident (the store's corrected values) with the claim its first mention states as corrected. */
    private static ListedIncident headline(ListedIncident l, CorrectionOverlay overlay) {
        IncidentMention shown = l.incident().mention();
        Correction claimed = overlay.current(shown).get(CorrectionField.CLAIMED);
        if (claimed == null) return l;
        IncidentMention m = CorrectionField.CLAIMED.apply(shown, claimed.value());
        return new ListedIncident(l.incident().withMention(m), l.killed(), l.injured(), l.mentions());
    }

    private static OptionalInt figure(IncidentMention m, String kind) {
        return kind.equals("killed") ? m.killed() : m.injured();
    }
}
