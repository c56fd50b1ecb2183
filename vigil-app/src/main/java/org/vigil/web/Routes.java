package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.vigil.alert.AlertSettings;
import org.vigil.extract.Annotator;
import org.vigil.nlp.NumberParser;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.Gazetteer;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;

/**
 * Every route of Vigil's web server in one place: the pages, the REST API, the static assets and the
 * headers every response carries. {@code vigil serve} and the tests build their server here.
 */
public final class Routes {
    /** Scripts, styles, fonts and map shapes come only from Vigil itself; nothing runs inline. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private Routes() {
    }

    /** A server, not yet started, that answers from {@code store}; names are resolved and articles annotated with the given stages. */
    public static Javalin create(IncidentStore store, Gazetteer gazetteer, ActorRegistry actors, Annotator annotator) {
        return create(store, gazetteer, actors, annotator, AlertSettings.load());
    }

    /** As {@link #create(IncidentStore, Gazetteer, ActorRegistry, Annotator)}, with the given alert settings instead of the machine's. */
    public static Javalin create(IncidentStore store, Gazetteer gazetteer, ActorRegistry actors, Annotator annotator, AlertSettings alertSettings) {
        ReviewSite review = ReviewSite.over(store, gazetteer);
        // Pages and the API show incidents with the analysts' corrections applied.
        IncidentStore shown = review.corrected();
        Names names = new Names(gazetteer, actors);
        ArticleMarkup markup = new ArticleMarkup(annotator, new NumberParser());
        GroupAliases aliases = GroupAliases.load();
        ApiHandlers api = new ApiHandlers(shown, names, markup, aliases);
        PageHandlers pages = new PageHandlers(shown, names, markup, aliases);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/vigil/web/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=300");
            });
            config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));

            config.routes.get("/", pages::dashboard);
            config.routes.get("/incidents", pages::incidents);
            config.routes.get("/incidents.csv", pages::incidentsCsv);
            config.routes.get("/incidents/{id}", new ReviewPanels(review).incident(pages::incident));
            config.routes.get("/articles/{id}", new ReviewPanels(review).article(pages::article));
            config.routes.get("/groups", pages::groups);
            config.routes.get("/groups/{name}", pages::group);
            config.routes.get("/countries", pages::countries);
            config.routes.get("/countries/{code}", pages::country);

            config.routes.get("/api/incidents", api::incidents);
            config.routes.get("/api/incidents/{id}", api::incident);
            config.routes.get("/api/articles/{id}", api::article);
            config.routes.get("/api/actors", api::actors);
            config.routes.get("/api/stats", api::stats);
            config.routes.get("/api/openapi.json", api::openApi);

            ReviewRoutes.register(config, review);
            // ReviewSite.over refuses any store but SQLite, so alerts always have their file here.
            AlertRoutes.register(config, review, (SqliteIncidentStore) store, gazetteer, actors, alertSettings);
            ErrorMapping.register(config.routes);
        });
    }
}
