package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void quotesCellsWithCommasQuotesOrLineBreaks() {
        assertThat(CsvExport.cell("Paris, France")).isEqualTo("\"Paris, France\"");
        assertThat(CsvExport.cell("the \"army\"")).isEqualTo("\"the \"\"army\"\"\"");
        assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void leavesPlainCellsAndNumbersAlone() {
        assertThat(CsvExport.cell("Kabul")).isEqualTo("Kabul");
        assertThat(CsvExport.cell("-3.7026")).isEqualTo("-3.7026");
        assertThat(CsvExport.cell("")).isEmpty();
    }

    @Test
    void defusesTextASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExport.cell("@cmd")).isEqualTo("'@cmd");
    }
}
