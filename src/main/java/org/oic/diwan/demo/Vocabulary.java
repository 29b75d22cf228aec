package org.oic.diwan.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trilingual phrases resolutions are assembled from, read once from the UTF-8 files under
 * {@code demo/} on the class path and shared, read-only, by all threads.
 */
final class Vocabulary {

    // The longest resolution has ten operative paragraphs, each using one action or one thing.
    private static final int MIN_OBJECTS_PER_TOPIC = 10;

    // The kinds an action may be written with, by who can carry it out.
    private static final Map<String, ActionScope> SCOPES = Map.of(
            "action", ActionScope.ANYONE, "measure", ActionScope.MEMBER_STATES, "task", ActionScope.ORGANIZATION);

    private final List<Topic> topics;
    private final Map<String, Addressee> addressees;
    private final List<Place> places;
    private final Map<GeneralKind, List<Phrase>> general;
    private final Map<Object, Integer> since;
    private final Map<Phrase, ActionScope> scopes;

    private Vocabulary(List<Topic> topics, Map<String, Addressee> addressees, List<Place> places,
            Map<GeneralKind, List<Phrase>> general, Map<Object, Integer> since, Map<Phrase, ActionScope> scopes) {
        this.topics = List.copyOf(topics);
        this.addressees = Map.copyOf(addressees);
        this.places = List.copyOf(places);
        this.general = general;
        this.since = Map.copyOf(since);
        this.scopes = Map.copyOf(scopes);
    }

    /** The shared vocabulary, loaded on first use. */
    static Vocabulary get() {
        return Holder.INSTANCE;
    }

    List<Topic> topics() {
        return topics;
    }

    Addressee addressee(String key) {
        Addressee addressee = addressees.get(key);
        if (addressee == null) {
            throw new IllegalArgumentException("unknown addressee " + key);
        }
        return addressee;
    }

    List<Place> places() {
        return places;
    }

    List<Phrase> general(GeneralKind kind) {
        return general.get(kind);
    }

    /**
     * Whether a phrase or an addressee already existed in the given year, so that a 2003
     * resolution does not cite a programme adopted in 2016 or an institution founded in 2013.
     */
    boolean existed(Object entry, int year) {
        return year >= since.getOrDefault(entry, 0);
    }

    /** Who can carry out an action (written "action", "measure" or "task" in the files). */
    ActionScope scope(Phrase action) {
        return scopes.getOrDefault(action, ActionScope.ANYONE);
    }

    /** The entries of a list that existed in the given year. */
    <T> List<T> existing(List<T> entries, int year) {
        return entries.stream().filter(entry -> existed(entry, year)).toList();
    }

    /** The phrases that belong to no topic in particular. */
    enum GeneralKind {
        /** Session themes, printed in parentheses after the session. */
        THEME,
        /** Principles a preamble is guided by or reaffirms. */
        PRINCIPLE,
        /** Texts a preamble recalls. */
        RECALL,
        /** Sub-headings over a group of operative paragraphs. */
        HEADING,
        /** Actions that fit any topic. */
        ACTION
    }

    private static final class Holder {
        static final Vocabulary INSTANCE = load();
    }

    static Vocabulary load() {
        Map<Object, Integer> since = new HashMap<>();
        Map<Phrase, ActionScope> scopes = new HashMap<>();
        Map<String, Addressee> addressees = readAddressees(since);
        List<Topic> topics = readTopics(addressees, since, scopes);
        List<Place> places = new ArrayList<>();
        for (Row row : read("places.txt")) {
            // A place has no kind: its first column is already the English city.
            row.expectColumns(5);
            places.add(new Place(new Phrase(row.kind(), row.column(0), row.column(1)),
                    new Phrase(row.column(2), row.column(3), row.column(4))));
        }
        Map<GeneralKind, List<Phrase>> general = new EnumMap<>(GeneralKind.class);
        for (Row row : read("general.txt")) {
            ActionScope scope = SCOPES.get(row.kind());
            GeneralKind kind = scope != null ? GeneralKind.ACTION : GeneralKind.valueOf(row.kind().toUpperCase(Locale.ROOT));
            Phrase phrase = row.phrase(since);
            if (scope != null) {
                scopes.put(phrase, scope);
            }
            general.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
        }
        for (GeneralKind kind : GeneralKind.values()) {
            if (!general.containsKey(kind)) {
                throw new IllegalStateException("general.txt has no " + kind + " entries");
            }
            general.put(kind, List.copyOf(general.get(kind)));
        }
        return new Vocabulary(topics, addressees, places, general, since, scopes);
    }

    private static Map<String, Addressee> readAddressees(Map<Object, Integer> since) {
        Map<String, Addressee> addressees = new LinkedHashMap<>();
        for (Row row : read("addressees.txt")) {
            // key | category | en | fr | ar | en possessive | fr possessive | ar suffix
            row.expectColumns(7);
            Addressee addressee = new Addressee(row.kind(), Addressee.Category.valueOf(row.column(0)),
                    new Phrase(row.column(1), row.column(2), row.column(3)),
                    new Phrase(row.column(4), row.column(5), row.column(6)));
            if (addressees.put(addressee.key(), addressee) != null) {
                throw row.error("duplicate addressee " + addressee.key());
            }
            if (row.since() > 0) {
                since.put(addressee, row.since());
            }
        }
        return addressees;
    }

    private static List<Topic> readTopics(Map<String, Addressee> addressees, Map<Object, Integer> since,
            Map<Phrase, ActionScope> scopes) {
        List<Topic> topics = new ArrayList<>();
        TopicBuilder current = null;
        for (Row row : read("topics.txt")) {
            if (row.kind().equals("@topic")) {
                row.expectColumns(2);
                if (current != null) {
                    topics.add(current.build(addressees));
                }
                current = new TopicBuilder(row, row.column(0), row.column(1), since, scopes);
                continue;
            }
            if (current == null) {
                throw row.error("entry before the first @topic");
            }
            current.add(row);
        }
        if (current != null) {
            topics.add(current.build(addressees));
        }
        return topics;
    }

    private static List<Row> read(String file) {
        String resource = "/demo/" + file;
        InputStream in = Vocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing vocabulary resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\|", -1);
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                // "@topic" starts with @; a year suffix needs a kind before it ("noun@2016").
                int at = parts[0].indexOf('@', 1);
                String kind = at < 0 ? parts[0] : parts[0].substring(0, at);
                int since = at < 0 ? 0 : Integer.parseInt(parts[0].substring(at + 1));
                rows.add(new Row(file, number, kind, since, Arrays.asList(parts).subList(1, parts.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /**
     * One line of a vocabulary file: a kind, then columns separated by {@code |}. A kind written
     * {@code noun@2016} marks an entry that only exists from that year on.
     */
    private record Row(String file, int line, String kind, int since, List<String> columns) {

        String column(int i) {
            return columns.get(i);
        }

        void expectColumns(int count) {
            if (columns.size() != count || columns.stream().anyMatch(String::isEmpty)) {
                throw error("expected " + count + " non-empty columns after '" + kind + "'");
            }
        }

        Phrase phrase() {
            expectColumns(3);
            return new Phrase(column(0), column(1), column(2));
        }

        /** The phrase, recording the year it appeared in when the kind carries one. */
        Phrase phrase(Map<Object, Integer> since) {
            Phrase phrase = phrase();
            if (this.since > 0) {
                since.put(phrase, this.since);
            }
            return phrase;
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private static final class TopicBuilder {
        private final Row start;
        private final String code;
        private final String arabicCode;
        private String department;
        private List<String> partners = List.of();
        private Phrase name;
        private Phrase field;
        private final Map<String, List<Phrase>> lists = new LinkedHashMap<>();
        private final Map<Object, Integer> since;
        private final Map<Phrase, ActionScope> scopes;

        TopicBuilder(Row start, String code, String arabicCode, Map<Object, Integer> since,
                Map<Phrase, ActionScope> scopes) {
            this.start = start;
            this.code = code;
            this.arabicCode = arabicCode;
            this.since = since;
            this.scopes = scopes;
        }

        void add(Row row) {
            switch (row.kind()) {
                case "dept" -> {
                    row.expectColumns(1);
                    department = row.column(0);
                }
                case "partners" -> {
                    row.expectColumns(1);
                    partners = Arrays.stream(row.column(0).split(",")).map(String::strip).toList();
                }
                case "name" -> name = row.phrase();
                case "field" -> field = row.phrase();
                case "action", "measure", "task" -> {
                    Phrase action = row.phrase(since);
                    scopes.put(action, SCOPES.get(row.kind()));
                    lists.computeIfAbsent("action", k -> new ArrayList<>()).add(action);
                }
                case "title", "noun", "concern", "progress", "belief" ->
                        lists.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row.phrase(since));
                default -> throw row.error("unknown kind '" + row.kind() + "'");
            }
        }

        Topic build(Map<String, Addressee> addressees) {
            if (department == null || name == null || field == null) {
                throw start.error("topic " + code + " lacks dept, name or field");
            }
            for (String key : concat(List.of(department), partners)) {
                if (!addressees.containsKey(key)) {
                    throw start.error("topic " + code + " names unknown addressee " + key);
                }
            }
            Topic topic = new Topic(code, arabicCode, department, partners, name, field, list("title"),
                    list("action"), list("noun"), list("concern"), list("progress"), list("belief"));
            // Entries marked with a year must not leave an early resolution short of phrases.
            if (timeless(topic.actions()) + timeless(topic.nouns()) < MIN_OBJECTS_PER_TOPIC) {
                throw start.error("topic " + code + " has too few actions and nouns for any year");
            }
            return topic;
        }

        private long timeless(List<Phrase> phrases) {
            return phrases.stream().filter(phrase -> !since.containsKey(phrase)).count();
        }

        private List<Phrase> list(String kind) {
            List<Phrase> phrases = lists.get(kind);
            if (phrases == null || timeless(phrases) == 0) {
                throw start.error("topic " + code + " has no " + kind + " for every year");
            }
            return List.copyOf(phrases);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
