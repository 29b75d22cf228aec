package org.oic.diwan.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files of the reading module: UTF-8, one entry a line, columns separated by a
 * tab, several names in one column separated by {@code |}, {@code #} starting a comment line.
 *
 * <p>The vocabulary lives in data files rather than in code so that a registry clerk can add a
 * spelling met in a new document without touching the readers.
 */
final class Lexicon {

    private static final String FOLDER = "reading/";

    private Lexicon() {}

    /** One line of a data file. */
    record Row(String file, int line, List<String> columns) {

        String column(int i) {
            if (i >= columns.size()) {
                throw new IllegalStateException(file + ":" + line + ": expected at least " + (i + 1) + " columns");
            }
            return columns.get(i);
        }

        /** The names in a column, in order; the first is the canonical one. */
        List<String> names(int i) {
            List<String> names = new ArrayList<>();
            for (String name : column(i).split("\\|")) {
                String trimmed = name.strip();
                if (!trimmed.isEmpty()) {
                    names.add(trimmed);
                }
            }
            return names;
        }

        int number(int i) {
            try {
                return Integer.parseInt(column(i));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ":" + line + ": not a number: " + column(i), e);
            }
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    /** The rows of a data file under {@code reading/}, comments and blank lines left out. */
    static List<Row> read(String name) {
        String path = FOLDER + name;
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing data file " + path);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                String stripped = text.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                for (String column : text.split("\t", -1)) {
                    columns.add(column.strip());
                }
                rows.add(new Row(name, number, List.copyOf(columns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }
}
