package org.oic.diwan.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated data file of the reading lexicons: one entry a line, {@code #} for comments. */
final class TsvResource {

    private TsvResource() {}

    static List<String[]> rows(String name, int columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream("/reading/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon /reading/" + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " columns in: " + line);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
