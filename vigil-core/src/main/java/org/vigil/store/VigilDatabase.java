package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;

/** Opens a connection of its own to a Vigil SQLite file, migrated, for features that keep tables beside the incidents (alerts). */
public final class VigilDatabase {
    private VigilDatabase() {
    }

    /** A connection to the migrated database in {@code file}, with foreign keys on and write-ahead logging; the caller closes it. */
    public static Connection connect(Path file) {
        return DatabaseFile.open(file);
    }
}
