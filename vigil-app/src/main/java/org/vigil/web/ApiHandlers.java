package org.vigil.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.ingest.Article;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentSource;
import org.vigil.store.IncidentStats.NameCount;
import org.vigil.store.IncidentStore;

/** The REST API's handlers: each reads the store and answers JSON in the shapes {@link JsonViews} defines. */
final class ApiHandlers {
    /** How many groups and countries the stats name. */
    static final int TOP = 10;

    private final IncidentStore store;
    private final Names names;
    private final JsonViews json;
    private final ArticleMarkup markup;
    private final GroupAliases aliases;

    ApiHandlers(IncidentStore store, Names names, ArticleMarkup markup, GroupAliases aliases) {
        this.store = store;
        this.names = names;
        this.json = new JsonViews(names);
        this.markup = markup;
        this.aliases = aliases;
    }

    void incidents(Context ctx) {
        SearchParams params = SearchParams.of(ctx.queryParamMap());
        IncidentSearch search = params.search(names);
        ctx.json(json.page(store.search(search), params.page(), search.query().limit()));
    }

    void incident(Context ctx) {
        ctx.json(json.detail(incident(ctx.pathParam("id"), store)));
    }

    void article(Context ctx) {
        Article article = article(ctx.pathParam("id"), store);
        List<IncidentSource> mentions = store.mentionsOfArticle(article.id());
        List<ArticleMarkup.Mark> marks = new java.util.ArrayList<>(ArticleMarkup.evidence(mentions));
        marks.addAll(markup.entities(article));
        ctx.json(json.article(article, mentions, marks));
    }

    void actors(Context ctx) {
        SearchParams params = SearchParams.of(ctx.queryParamMap()).filters();
        List<NameCount> groups = store.stats(params.search(names), Integer.MAX_VALUE).groups();
        List<Map<String, Object>> actors = groups.stream().map(g -> {
            Map<String, Object> actor = new LinkedHashMap<>();
            actor.put("name", g.name());
            actor.put("incidents", g.count());
            actor.put("aliases", aliases.of(g.name()));
            return actor;
        }).toList();
        ctx.json(Map.of("actors", actors));
    }

    void stats(Context ctx) {
        SearchParams params = SearchParams.of(ctx.queryParamMap()).filters();
        ctx.json(json.stats(store.stats(params.search(names), TOP)));
    }

    void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiHandlers.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("The OpenAPI document org/vigil/web/openapi.json is missing from the build");
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    /** The incident whose id is in the path, or a 404 naming the id. */
    static IncidentDetail incident(String id, IncidentStore store) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("No incident with id '" + id + "': incident ids are whole numbers");
        }
        return store.incident(number).orElseThrow(() -> new NotFound("No incident with id " + id));
    }

    /** The article whose id is in the path, or a 404 naming the id. */
    static Article article(String id, IncidentStore store) {
        return store.article(id).orElseThrow(() -> new NotFound("No article with id '" + id + "'"));
    }
}
