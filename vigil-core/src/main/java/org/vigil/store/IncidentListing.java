package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lists the incidents an {@link IncidentQuery} selects, newest first and each completed by {@link IncidentDetails}, and counts them. */
final class IncidentListing {
    private final Connection connection;
    private final IncidentDetails details;

    IncidentListing(Connection connection, IncidentDetails details) {
        this.connection = connection;
        this.details = details;
    }

    List<StoredIncident> incidents(IncidentQuery query) throws SQLException {
        IncidentFilter filter = IncidentFilter.of(query);
        try (PreparedStatement statement = connection.prepareStatement(filter.selectSql())) {
            int next = filter.bind(statement);
            statement.setInt(next++, query.limit());
            statement.setInt(next, query.offset());
            List<StoredIncident> incidents = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    incidents.add(new StoredIncident(rows.getLong("incident_id"), MentionRows.read(rows),
                            rows.getString("article_title"), Optional.ofNullable(rows.getString("article_url")),
                            Optional.ofNullable(rows.getString("added_by"))));
                }
            }
            List<StoredIncident> complete = new ArrayList<>();
            for (StoredIncident incident : incidents) complete.add(details.complete(incident));
            return complete;
        }
    }

    int count(IncidentQuery query) throws SQLException {
        IncidentFilter filter = IncidentFilter.of(query);
        try (PreparedStatement statement = connection.prepareStatement(filter.countSql())) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
