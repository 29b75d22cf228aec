package org.oic.diwan;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files people edit (term base, organizations): UTF-8, tab-separated, a fixed number of
 * columns, {@code #} comments and blank lines allowed. A wrong line is refused with its number.
 */
public final class TsvRows {

    private TsvRows() {}

    /** The rows of a file, each with exactly {@code columns} cells (empty cells kept). */
    public static List<String[]> read(BufferedReader reader, int columns, String fileName) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(fileName + " line " + number + ": " + columns + " columns expected, " + cells.length + " found");
            }
            rows.add(cells);
        }
        return rows;
    }
}
