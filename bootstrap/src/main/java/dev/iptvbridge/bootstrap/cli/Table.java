package dev.iptvbridge.bootstrap.cli;

import java.util.ArrayList;
import java.util.List;

/** Columns aligned for people: a header line, then one line per row; the last column is never padded. */
final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    Table row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            // One line per row: a multi-line error would break the columns.
            row.add(cell == null ? "-" : cell.replaceAll("\\s*\\R\\s*", " "));
        }
        rows.add(row);
        return this;
    }

    @Override
    public String toString() {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, headers, widths);
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        for (int column = 0; column < cells.size(); column++) {
            boolean last = column == cells.size() - 1;
            text.append(last ? cells.get(column) : String.format("%-" + widths[column] + "s  ", cells.get(column)));
        }
        text.append('\n');
    }
}
