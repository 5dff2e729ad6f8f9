package firedrill.engine.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values, both ways (ADR 0048). Writing: CRLF after every record, a field
 * quoted when it holds a comma, a quote, CR or LF (quotes doubled), so any spreadsheet reads it back;
 * a field that starts with {@code = + - @} is left as written (a spreadsheet may treat it as a formula:
 * open untrusted files with formulas disabled). Reading: the same grammar, tolerant of LF-only line
 * ends and a UTF-8 byte-order mark, strict about quotes, with limits on size, rows and columns; every
 * problem names the record's line number.
 */
public final class Csv {
    /** Largest text read (a MSEL or cohort sheet is kilobytes; this stops a runaway file). */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 100;

    private Csv() {}

    /** A record as read: its fields and the (1-based) line it starts on. */
    public record Row(int line, List<String> fields) {
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    /** A malformed input, with the line it was found on. */
    public static final class CsvException extends Exception {
        private final int line;

        public CsvException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** One record: the fields joined by commas, quoted where RFC 4180 requires, ended by CRLF. */
    public static void appendRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** Rows as one document. */
    public static String write(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            appendRow(sb, r);
        }
        return sb.toString();
    }

    /** The field as written: quoted (quotes doubled) when it contains a comma, quote, CR or LF; null as empty. */
    public static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Parses a document; a trailing line end does not make an empty record. */
    public static List<Row> parse(String text) throws CsvException {
        if (text.length() > MAX_CHARS) {
            throw new CsvException(1, "expected at most " + MAX_CHARS + " characters, got " + text.length());
        }
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int rowLine = line;
        boolean quoted = false;
        boolean afterQuote = false;
        int n = text.length();
        if (i >= n) {
            return rows;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                if (fields.size() > MAX_COLUMNS) {
                    throw new CsvException(rowLine, "expected at most " + MAX_COLUMNS + " columns");
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                rows.add(new Row(rowLine, List.copyOf(fields)));
                if (rows.size() > MAX_ROWS) {
                    throw new CsvException(rowLine, "expected at most " + MAX_ROWS + " rows");
                }
                fields.clear();
                line++;
                rowLine = line;
            } else if (c == '"') {
                if (field.length() > 0 || afterQuote) {
                    throw new CsvException(line, "a quote inside an unquoted field (quote the whole field and double"
                            + " the quote: \"\"\"\")");
                }
                quoted = true;
            } else {
                if (afterQuote) {
                    throw new CsvException(line, "expected a comma or line end after a closing quote, got '" + c + "'");
                }
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new CsvException(rowLine, "a quoted field is not closed before the end of the file");
        }
        char last = text.charAt(n - 1);
        if (last != '\n' && last != '\r') {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
