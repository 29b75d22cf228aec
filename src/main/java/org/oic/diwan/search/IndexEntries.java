package org.oic.diwan.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.oic.diwan.reading.HijriDay;
import org.oic.diwan.registry.DocumentContent;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.registry.StoredResolution;
import org.oic.diwan.text.Language;

/**
 * Turns a document into its index entries: one per language version and one per paragraph.
 * The entries of a document are written as one block, ordered by resolution, so that all the
 * entries of one resolution (in every language) lie next to each other: the collector counts
 * results and facets per resolution by noticing where a run of entries ends.
 */
final class IndexEntries {

    /** Paragraph kinds not indexed: a table of contents repeats what the resolutions say. */
    private static final List<String> SKIPPED = List.of("toc");

    private static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);

    /** A whole text: searched, not stored (excerpts come from its paragraphs). */
    private static final FieldType WHOLE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.freeze();
        WHOLE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        WHOLE.freeze();
    }

    private IndexEntries() {}

    static List<Document> of(DocumentContent document) {
        List<Entry> entries = new ArrayList<>();
        for (DocumentContent.Version version : document.versions()) {
            Optional<Language> language = Language.ofCode(version.language());
            if (language.isEmpty()) {
                continue;
            }
            boolean single = version.resolutions().size() <= 1;
            // what lies outside any resolution (the header) goes with the first: a set is found by
            // its resolutions, not as a result of its own
            StoredResolution only = version.resolutions().isEmpty() ? null : version.resolutions().get(0);
            // Whole entries: the version (or, in a set, each resolution) as one text, so that words
            // spread over several paragraphs still find it; paragraphs give the excerpt.
            Document head = common(document, version, language.get(), group(document, only), only);
            head.add(new StringField(SearchFields.ENTRY, "v:" + version.id(), Field.Store.YES));
            head.add(keyword(SearchFields.TYPE, "version"));
            head.add(new Field(SearchFields.text(language.get()), wholeText(version, single ? null : -1), WHOLE));
            entries.add(new Entry(group(document, only), head));
            if (!single) {
                for (StoredResolution resolution : version.resolutions()) {
                    Document whole = common(document, version, language.get(), group(document, resolution), resolution);
                    whole.add(new StringField(SearchFields.ENTRY, "r:" + version.id() + ":" + resolution.position(), Field.Store.YES));
                    whole.add(keyword(SearchFields.TYPE, "resolution"));
                    whole.add(new Field(SearchFields.text(language.get()), wholeText(version, resolution.position()), WHOLE));
                    entries.add(new Entry(group(document, resolution), whole));
                }
            }
            for (StoredParagraph paragraph : version.paragraphs()) {
                if (SKIPPED.contains(paragraph.kind()) || paragraph.text().isBlank()) {
                    continue;
                }
                StoredResolution resolution = paragraph.resolution() >= 0 && paragraph.resolution() < version.resolutions().size()
                        ? version.resolutions().get(paragraph.resolution()) : only;
                String group = group(document, resolution);
                Document entry = common(document, version, language.get(), group, resolution);
                entry.add(new StringField(SearchFields.ENTRY, "p:" + version.id() + ":" + paragraph.position(), Field.Store.YES));
                entry.add(keyword(SearchFields.TYPE, paragraph.kind()));
                entry.add(new Field(SearchFields.text(language.get()), paragraph.text(), TEXT));
                entry.add(new StoredField(SearchFields.POSITION, paragraph.position()));
                if (paragraph.number() != null) {
                    entry.add(new StoredField(SearchFields.NUMBER, paragraph.number()));
                }
                if (paragraph.verb() != null) {
                    facet(entry, SearchFields.VERB, paragraph.verb());
                }
                entries.add(new Entry(group, entry));
            }
        }
        // Stable: within a resolution, versions keep their order and paragraphs theirs.
        entries.sort(Comparator.comparing(Entry::group));
        return entries.stream().map(Entry::document).toList();
    }

    /** Entry types that stand for a whole text rather than a paragraph: they have no excerpt of their own. */
    static boolean isWhole(String type) {
        return "version".equals(type) || "resolution".equals(type);
    }

    /**
     * The text of a version's paragraphs: all of them ({@code resolution} null), those outside any
     * resolution (-1), or those of one resolution.
     */
    private static String wholeText(DocumentContent.Version version, Integer resolution) {
        StringBuilder text = new StringBuilder();
        for (StoredParagraph paragraph : version.paragraphs()) {
            if (SKIPPED.contains(paragraph.kind())) {
                continue;
            }
            if (resolution == null || paragraph.resolution() == resolution) {
                text.append(paragraph.text()).append("\n\n");
            }
        }
        return text.toString();
    }

    private static Document common(DocumentContent document, DocumentContent.Version version, Language language, String group,
            StoredResolution resolution) {
        Document entry = new Document();
        entry.add(new StringField(SearchFields.DOCUMENT, document.id().toString(), Field.Store.YES));
        entry.add(new StringField(SearchFields.VERSION, version.id().toString(), Field.Store.YES));
        entry.add(new StringField(SearchFields.GROUP, group, Field.Store.YES));
        entry.add(new SortedDocValuesField(SearchFields.GROUP, new BytesRef(group)));
        facet(entry, SearchFields.LANGUAGE, language.code());
        entry.add(new StringField(SearchFields.CLASSIFICATION, version.classification().code(), Field.Store.YES));
        entry.add(new StringField(SearchFields.EMBARGOED, Boolean.toString(version.embargoed()), Field.Store.NO));
        version.readerOrganizations().forEach(o -> entry.add(new StringField(SearchFields.READER_ORGANIZATION, o, Field.Store.NO)));
        version.readerPersons().forEach(p -> entry.add(new StringField(SearchFields.READER_PERSON, p, Field.Store.NO)));
        entry.add(new StoredField(SearchFields.FILE, version.fileName()));
        if (!"unknown".equals(document.kind())) {
            facet(entry, SearchFields.KIND, document.kind());
        }
        if (document.bodyCode() != null) {
            facet(entry, SearchFields.BODY, document.bodyCode());
            if (document.sessionOrdinal() != null) {
                facet(entry, SearchFields.SESSION, session(document));
            }
        }
        Optional<LocalDate> date = date(document);
        if (date.isPresent()) {
            long day = date.get().toEpochDay();
            entry.add(new LongPoint(SearchFields.DATE, day));
            entry.add(new NumericDocValuesField(SearchFields.DATE, day));
            entry.add(new StoredField(SearchFields.DATE, day));
            facet(entry, SearchFields.YEAR, Integer.toString(date.get().getYear()));
            entry.add(new IntPoint(SearchFields.YEAR, date.get().getYear()));
            int hijriYear = hijriYear(document, date.get());
            if (hijriYear > 0) {
                facet(entry, SearchFields.HIJRI_YEAR, Integer.toString(hijriYear));
                entry.add(new IntPoint(SearchFields.HIJRI_YEAR, hijriYear));
            }
        }
        if (document.symbolKey() != null) {
            entry.add(new StringField(SearchFields.SYMBOL_KEY, document.symbolKey().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
            entry.add(new TextField(SearchFields.SYMBOL_PARTS, document.symbolKey(), Field.Store.NO));
            entry.add(new StoredField(SearchFields.SYMBOL_KEY_SHOWN, document.symbolKey()));
        }
        if (version.symbolPrinted() != null) {
            entry.add(new StoredField(SearchFields.SYMBOL_PRINTED, version.symbolPrinted()));
        }
        if (resolution != null) {
            if (resolution.numberKey() != null) {
                entry.add(new StringField(SearchFields.RESOLUTION, resolution.numberKey(), Field.Store.YES));
                String topic = topicOf(resolution.number());
                if (topic != null) {
                    entry.add(new StringField(SearchFields.RESOLUTION, resolution.numberKey() + "-" + topic, Field.Store.NO));
                }
            }
            if (resolution.number() != null) {
                entry.add(new StoredField(SearchFields.RESOLUTION_PRINTED, resolution.number()));
            }
            if (resolution.title() != null) {
                entry.add(new StoredField(SearchFields.TITLE, resolution.title()));
            }
        }
        return entry;
    }

    /** The session as a facet value: {@code CFM-49}, {@code CFM-EX-5} for an extraordinary one. */
    static String session(DocumentContent document) {
        return document.bodyCode() + (document.extraordinary() ? "-EX-" : "-") + document.sessionOrdinal();
    }

    /** The Latin topic code of a printed number ({@code 1/49-IT} gives IT), upper-cased, or null. */
    static String topicOf(String printed) {
        if (printed == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b([A-Za-z][A-Za-z&.]{0,7})\\b").matcher(printed);
        String found = null;
        while (m.find()) {
            String candidate = m.group(1).toUpperCase(java.util.Locale.ROOT);
            if (!candidate.equals("RES") && !candidate.equals("NO") && !candidate.equals("N")) {
                found = candidate.replaceAll("\\.$", "");
            }
        }
        return found;
    }

    private static String group(DocumentContent document, StoredResolution resolution) {
        if (resolution == null) {
            return document.id() + "/";
        }
        return document.id() + "/" + (resolution.numberKey() != null ? resolution.numberKey() : "#" + resolution.position());
    }

    private static Optional<LocalDate> date(DocumentContent document) {
        if (document.startsOn() != null) {
            return Optional.of(document.startsOn());
        }
        return document.year() == null ? Optional.empty() : Optional.of(LocalDate.of(document.year(), 1, 1));
    }

    private static int hijriYear(DocumentContent document, LocalDate date) {
        if (document.hijriStartsOn() != null && document.hijriStartsOn().length() >= 4) {
            try {
                return Integer.parseInt(document.hijriStartsOn().substring(0, 4));
            } catch (NumberFormatException e) {
                // fall through to the conversion of the Gregorian date
            }
        }
        try {
            return HijriDay.of(date).year();
        } catch (java.time.DateTimeException e) {
            return 0; // outside the Umm al-Qura tables
        }
    }

    private static StringField keyword(String field, String value) {
        return new StringField(field, value, Field.Store.YES);
    }

    /** A value that is filtered on (indexed), counted (doc values) and shown (stored). */
    private static void facet(Document entry, String field, String value) {
        entry.add(new StringField(field, value, Field.Store.YES));
        entry.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private record Entry(String group, Document document) {}
}
