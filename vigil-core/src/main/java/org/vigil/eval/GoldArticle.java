package org.vigil.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a gold file: an article's text and the incidents it states.
 *
 * @param unscored gold-file keys (such as {@code killed}) not scored for any incident of this article
 */
public record GoldArticle(
        String id,
        LocalDate published,
        Optional<String> title,
        String text,
        List<GoldIncident> incidents,
        Set<String> unscored) {

    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        incidents = List.copyOf(incidents);
        unscored = Set.copyOf(unscored);
    }

    /** Whether {@code field} is scored for this article's incidents. */
    public boolean scores(Field field) {
        return !unscored.contains(field.code());
    }
}
