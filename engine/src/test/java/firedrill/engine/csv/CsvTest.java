package firedrill.engine.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
        String doc = Csv.write(List.of(List.of("a", "b,c", "say \"hi\"", "two\nlines", "cr\rlf", ""),
                List.of("plain", "x")));
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rlf\",\r\nplain,x\r\n", doc);
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        List<List<String>> rows = List.of(List.of("Number", "Inject"), List.of("1", "Customers say \"down\", again\r\nand again"),
                List.of("2", ""), List.of("", "\"\""));
        List<Csv.Row> read = Csv.parse(Csv.write(rows));
        assertEquals(rows, read.stream().map(Csv.Row::fields).toList());
        assertEquals(List.of(1, 2, 4, 5), read.stream().map(Csv.Row::line).toList(), "a record's first line, counting embedded ones");
    }

    @Test
    void toleratesLfLineEndsAByteOrderMarkAndAMissingFinalLineEnd() throws Exception {
        List<Csv.Row> read = Csv.parse("\uFEFFa,b\nc,\"d\"");
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), read.stream().map(Csv.Row::fields).toList());
    }

    @Test
    void refusesStrayAndUnclosedQuotesNamingTheLine() {
        Csv.CsvException stray = assertThrows(Csv.CsvException.class, () -> Csv.parse("a,b\r\nc,d\"e\r\n"));
        assertEquals(2, stray.line());
        Csv.CsvException after = assertThrows(Csv.CsvException.class, () -> Csv.parse("a,\"b\"x\r\n"));
        assertEquals(1, after.line());
        Csv.CsvException open = assertThrows(Csv.CsvException.class, () -> Csv.parse("a\r\nb,\"never closed\r\nc\r\n"));
        assertEquals(2, open.line());
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
    }

    @Test
    void refusesTooManyColumns() {
        String wide = "x,".repeat(Csv.MAX_COLUMNS + 1) + "x\r\n";
        assertThrows(Csv.CsvException.class, () -> Csv.parse(wide));
    }
}
