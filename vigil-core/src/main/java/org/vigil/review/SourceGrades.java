package org.vigil.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Admiralty reliability grades of outlets, set by analysts and read by everyone. */
public final class SourceGrades {
    private final ReviewStore store;
    private final AuditLog audit;
    private final Clock clock;

    public SourceGrades(ReviewStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Grades the outlet.
     *
     * @throws Refusal.BadInput when the grade is not a letter A to F or the outlet is blank
     */
    public SourceGrade grade(Optional<Account> who, String outlet, String grade) {
        Account account = Access.require(who, Role.ANALYST, "grade the reliability of sources");
        String name = Access.text(outlet, "outlet name", 200);
        Grade g = Grade.fromCode(grade).orElseThrow(() -> new Refusal.BadInput(
                "A source grade must be one letter of the Admiralty scale, A (completely reliable) to F (cannot be judged); got '"
                        + TextAnchor.shorten(grade == null ? "" : grade) + "'"));
        return store.transaction(() -> {
            Optional<SourceGrade> before = store.grade(name);
            store.grade(name, g, account.id(), clock.instant());
            audit.record(who, "source.grade", "outlet " + name, before.map(b -> b.grade() + " -> ").orElse("") + g);
            return store.grade(name).orElseThrow();
        });
    }

    public Optional<SourceGrade> of(String outlet) {
        return store.grade(outlet);
    }

    public List<SourceGrade> all() {
        return store.grades();
    }
}
