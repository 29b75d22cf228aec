package org.oic.diwan.mandates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.oic.diwan.TsvRows;

/** A vocabulary file of this module: {@code mandates/NAME}, two columns, names separated by {@code |}. */
final class DataFile {

    /** One line: a code and the names that stand for it. */
    record Entry(String code, List<String> names) {}

    private DataFile() {}

    static List<Entry> read(String name) {
        String path = "/mandates/" + name;
        InputStream in = DataFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing data file " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Entry> entries = new ArrayList<>();
            for (String[] row : TsvRows.read(reader, 2, name)) {
                List<String> names = new ArrayList<>();
                for (String n : row[1].split("\\|")) {
                    if (!n.isBlank()) {
                        names.add(n.strip());
                    }
                }
                entries.add(new Entry(row[0].strip(), names));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
