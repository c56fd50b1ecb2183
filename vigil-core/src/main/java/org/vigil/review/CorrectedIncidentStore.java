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
import java.util.function.Function;
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
 * An {@link IncidentStore} that reads through another and lays analysts' corrections over every
 * incident, source and figure it returns, so the API, the pages and {@code vigil incidents} show
 * corrected values. Filters, sorting and dashboard counts still run on the extracted values in SQL.
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
        List<StoredIncident> found = extracted.incidents(query);
        CorrectionOverlay overlay = overlay(found.stream().map(i -> i.mention().articleId()).toList());
        if (overlay.isEmpty()) return found;
        return found.stream()
                .map(i -> new StoredIncident(i.id(), overlay.apply(i.mention()), i.articleTitle(), i.articleUrl(), i.sources(), i.figures()))
                .toList();
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
        List<ListedIncident> listed = new ArrayList<>();
        for (ListedIncident l : page.incidents()) {
            IncidentMention m = l.incident().mention();
            if (overlay.current(m).isEmpty()) {
                listed.add(l);
            } else if (l.mentions() == 1) {
                IncidentMention c = overlay.apply(m);
                listed.add(new ListedIncident(new StoredIncident(l.id(), c, l.incident().articleTitle(), l.incident().articleUrl()),
                        c.killed(), c.injured(), 1));
            } else {
                listed.add(incident(l.id()).map(IncidentDetail::incident).orElse(l));
            }
        }
        return new IncidentPage(listed, page.total());
    }

    @Override
    public IncidentStats stats(IncidentSearch search, int top) {
        return extracted.stats(search, top);
    }

    /** The incident with corrected sources; its figures are the largest the corrected sources report. */
    @Override
    public Optional<IncidentDetail> incident(long id) {
        Optional<IncidentDetail> found = extracted.incident(id);
        if (found.isEmpty()) return found;
        IncidentDetail detail = found.get();
        CorrectionOverlay overlay = overlay(detail.sources().stream().map(IncidentSource::articleId).toList());
        if (overlay.isEmpty()) return found;
        List<IncidentSource> sources = detail.sources().stream().map(s -> corrected(s, overlay)).toList();
        Map<Long, IncidentMention> byMention = new HashMap<>();
        sources.forEach(s -> byMention.put(s.mentionId(), s.mention()));
        List<ReportedFigure> figures = new ArrayList<>();
        for (ReportedFigure f : detail.figures()) {
            IncidentMention m = byMention.get(f.mentionId());
            OptionalInt value = m == null ? OptionalInt.of(f.value()) : f.kind().equals("killed") ? m.killed() : m.injured();
            if (value.isPresent()) figures.add(new ReportedFigure(f.kind(), value.getAsInt(), f.reportedAt(), f.mentionId(), f.articleId(), f.articleTitle()));
        }
        ListedIncident l = detail.incident();
        StoredIncident first = l.incident();
        IncidentMention headline = overlay.apply(first.mention());
        ListedIncident listed = new ListedIncident(new StoredIncident(l.id(), headline, first.articleTitle(), first.articleUrl()),
                largest(sources, IncidentMention::killed), largest(sources, IncidentMention::injured), l.mentions());
        return Optional.of(new IncidentDetail(listed, sources, figures));
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
        return new IncidentSource(s.mentionId(), s.incidentId(), overlay.apply(s.mention()), s.articleTitle(), s.articleUrl(), s.published(), s.outlet());
    }

    private static OptionalInt largest(List<IncidentSource> sources, Function<IncidentMention, OptionalInt> figure) {
        return sources.stream().map(s -> figure.apply(s.mention())).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).max();
    }
}
