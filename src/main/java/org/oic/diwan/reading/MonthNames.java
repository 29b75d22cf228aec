package org.oic.diwan.reading;

import java.util.List;

/**
 * The month names of one calendar, and the era markers that may follow its years, from a data file.
 */
final class MonthNames {

    /** The value of the first column on the rows that hold era markers rather than a month. */
    static final String ERA = "era";

    private final String file;
    private final PhraseTrie<Integer> months = new PhraseTrie<>();
    private final PhraseTrie<Boolean> eras = new PhraseTrie<>();
    private final List<Lexicon.Row> rows;

    private MonthNames(String file) {
        this.file = file;
        this.rows = Lexicon.read(file);
        for (Lexicon.Row row : rows) {
            if (row.column(0).equals(ERA)) {
                for (String marker : row.names(2)) {
                    eras.add(marker, Boolean.TRUE);
                }
                continue;
            }
            int month = row.number(0);
            if (month < 1 || month > 12) {
                throw row.error("no month " + month);
            }
            for (String name : row.names(2)) {
                months.add(name, month);
            }
        }
    }

    private static final class Holder {
        static final MonthNames GREGORIAN = new MonthNames("gregorian-months.tsv");
        static final MonthNames HIJRI = new MonthNames("hijri-months.tsv");
    }

    static MonthNames gregorian() {
        return Holder.GREGORIAN;
    }

    static MonthNames hijri() {
        return Holder.HIJRI;
    }

    String file() {
        return file;
    }

    PhraseTrie<Integer> months() {
        return months;
    }

    PhraseTrie<Boolean> eras() {
        return eras;
    }

    List<Lexicon.Row> rows() {
        return rows;
    }
}
