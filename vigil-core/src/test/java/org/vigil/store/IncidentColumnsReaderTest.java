package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Samples.TEXT;
import static org.vigil.store.Samples.article;
import static org.vigil.store.Samples.bare;
import static org.vigil.store.Samples.full;
import static org.vigil.store.Samples.killed;
import static org.vigil.store.Samples.with;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.IncidentType;

/** Columns brought up to date from the incident_change log hold exactly what reading every incident again gives. */
class IncidentColumnsReaderTest {
    @TempDir
    Path dir;

    SqliteIncidentStore store;
    Connection connection;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
        store.save(article("moscow", TEXT), List.of(full("moscow")));
        store.save(article("kabul", "A suicide bomber struck a wedding in Kabul."),
                List.of(killed(with(bare("kabul", IncidentType.BOMBING), "AF", "Taliban"), 9), bare("kabul", IncidentType.ARREST)));
        connection = DatabaseFile.open(dir.resolve("vigil.db"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        store.close();
    }

    /** Every row and mention, as text, to compare two sets of columns. */
    private static List<String> contents(IncidentColumns c) {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < c.size(); row++) {
            IncidentColumnsBuilder copy = new IncidentColumnsBuilder(1);
            copy.addRows(c, row, row + 1);
            IncidentColumns one = copy.build(0);
            lines.add(c.ids[row] + " " + one.type.value(0) + " " + text(one.country, 0) + " " + text(one.perpetrator, 0) + " "
                    + text(one.perpetratorKey, 0) + " " + text(one.place, 0) + " " + text(one.dateStart, 0) + " " + text(one.dateEnd, 0) + " "
                    + c.latitude[row] + " " + c.longitude[row] + " " + c.killed[row] + " " + c.injured[row]);
        }
        for (int m = 0; m < c.mentions(); m++) lines.add("mention " + c.mentionArticle(m) + " -> " + c.mentionIncident(m));
        return lines;
    }

    private static String text(TextColumn column, int row) {
        return column.code(row) == TextColumn.NULL ? "-" : column.value(column.code(row));
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void assertUpToDate(IncidentColumns patched) throws SQLException {
        assertThat(contents(patched)).isEqualTo(contents(IncidentColumnsReader.current(connection, null)));
    }

    @Test
    void keepsTheSameColumnsWhenNoIncidentChanged() throws SQLException {
        IncidentColumns first = IncidentColumnsReader.current(connection, null);
        store.save(article("moscow", TEXT), List.of(full("moscow"))); // the same: nothing written

        assertThat(IncidentColumnsReader.current(connection, first)).isSameAs(first);
    }

    @Test
    void addsTheIncidentsOfANewArticle() throws SQLException {
        IncidentColumns first = IncidentColumnsReader.current(connection, null);
        store.save(article("lagos", "A bomb went off in Lagos."), List.of(with(bare("lagos", IncidentType.BOMBING), "NG", "Boko Haram")));

        IncidentColumns patched = IncidentColumnsReader.current(connection, first);

        assertThat(patched.size()).isEqualTo(4);
        assertUpToDate(patched);
    }

    @Test
    void replacesTheIncidentsOfAnArticleSavedAgainWithOtherMentions() throws SQLException {
        IncidentColumns first = IncidentColumnsReader.current(connection, null);
        store.save(article("kabul", "A car bomb exploded in Herat."), List.of(bare("kabul", IncidentType.ARSON_SABOTAGE)));

        IncidentColumns patched = IncidentColumnsReader.current(connection, first);

        assertThat(patched.size()).isEqualTo(2);
        assertUpToDate(patched);
    }

    @Test
    void followsIncidentsChangedInPlaceAndMentionsMovedToAnotherIncident() throws SQLException {
        IncidentColumns first = IncidentColumnsReader.current(connection, null);
        // what merging incidents across articles would do
        execute("UPDATE incident SET perpetrator = 'Islamic State', perpetrator_key = 'islamic state', country = 'IQ' WHERE id = 1");
        execute("UPDATE mention SET incident_id = 1 WHERE incident_id = 3");
        execute("DELETE FROM incident WHERE id = 3");

        IncidentColumns patched = IncidentColumnsReader.current(connection, first);

        assertThat(patched.size()).isEqualTo(2);
        assertUpToDate(patched);
    }

    @Test
    void followsAnIncidentWhoseTollAnotherArticleRaisesWhenItsMentionMergesIn() throws SQLException {
        IncidentColumns first = IncidentColumnsReader.current(connection, null);
        store.save(article("kabul-update", "The toll of the suicide bombing at a wedding in Kabul rose to twelve."),
                List.of(killed(with(bare("kabul-update", IncidentType.BOMBING), "AF", "Taliban"), 12)));

        IncidentColumns patched = IncidentColumnsReader.current(connection, first);

        assertThat(patched.size()).isEqualTo(3); // merged into the Kabul bombing, no new incident
        assertThat(patched.killed).contains(12L);
        assertUpToDate(patched);
    }

    @Test
    void readsEverythingAgainWhenTheLogNoLongerReachesBackFarEnough() throws SQLException {
        IncidentColumns first = IncidentColumnsReader.current(connection, null);
        store.save(article("lagos", "A bomb went off in Lagos."), List.of(with(bare("lagos", IncidentType.BOMBING), "NG", "Boko Haram")));
        execute("DELETE FROM incident_change WHERE seq <= " + (first.changeSeq + 1));

        IncidentColumns again = IncidentColumnsReader.current(connection, first);

        assertThat(again.size()).isEqualTo(4);
        assertUpToDate(again);
    }

    @Test
    void keepsOnlyTheNewestHundredThousandLogEntries() throws SQLException {
        execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100500) INSERT INTO incident_change (incident_id) SELECT 1 FROM n");

        assertThat(Samples.count(dir.resolve("vigil.db"), "incident_change")).isEqualTo(100_000);
    }
}
