package org.oic.diwan.demo;

import java.util.Set;

/**
 * The OIC bodies that adopt resolutions, with their names in the three languages and the years in
 * which their sessions were held, so that a session number always matches a plausible year.
 */
enum Body {
    CFM("CFM", 27, 51, Set.of(), false,
            new Phrase("OIC Council of Foreign Ministers",
                    "le Conseil des ministres des Affaires étrangères",
                    "مجلس وزراء الخارجية"),
            new Phrase("The Council of Foreign Ministers (CFM) of the Organization of Islamic Cooperation (OIC)",
                    "Le Conseil des ministres des Affaires étrangères (CMAE) de l'Organisation de la coopération islamique (OCI)",
                    "مجلس وزراء الخارجية لمنظمة التعاون الإسلامي"),
            new Phrase("the Council of Foreign Ministers",
                    "le Conseil des ministres des Affaires étrangères",
                    "مجلس وزراء الخارجية")),
    SUMMIT("SUMMIT", 9, 15, Set.of("ADM"), false,
            new Phrase("Islamic Summit",
                    "le Sommet islamique",
                    "مؤتمر القمة الإسلامي"),
            new Phrase("The Islamic Summit of the Organization of Islamic Cooperation (OIC)",
                    "Le Sommet islamique de l'Organisation de la coopération islamique (OCI)",
                    "مؤتمر القمة الإسلامي"),
            new Phrase("the Islamic Summit",
                    "le Sommet islamique",
                    "مؤتمر القمة الإسلامي")),
    COMCEC("COMCEC", 16, 41, Set.of(), true,
            new Phrase("Standing Committee for Economic and Commercial Cooperation (COMCEC)",
                    "le Comité permanent pour la coopération économique et commerciale (COMCEC)",
                    "اللجنة الدائمة للتعاون الاقتصادي والتجاري (كومسيك)"),
            new Phrase("The Standing Committee for Economic and Commercial Cooperation of the Organization of Islamic Cooperation (COMCEC)",
                    "Le Comité permanent pour la coopération économique et commerciale de l'Organisation de la coopération islamique (COMCEC)",
                    "اللجنة الدائمة للتعاون الاقتصادي والتجاري التابعة لمنظمة التعاون الإسلامي (كومسيك)"),
            new Phrase("COMCEC",
                    "le COMCEC",
                    "اللجنة الدائمة للتعاون الاقتصادي والتجاري (كومسيك)")),
    COMIAC("COMIAC", 4, 16, Set.of(), true,
            new Phrase("Standing Committee for Information and Cultural Affairs (COMIAC)",
                    "le Comité permanent de l'information et des affaires culturelles (COMIAC)",
                    "اللجنة الدائمة للإعلام والشؤون الثقافية التابعة للمنظمة (كومياك)"),
            new Phrase("The Standing Committee for Information and Cultural Affairs of the Organization of Islamic Cooperation (COMIAC)",
                    "Le Comité permanent de l'information et des affaires culturelles de l'Organisation de la coopération islamique (COMIAC)",
                    "اللجنة الدائمة للإعلام والشؤون الثقافية التابعة لمنظمة التعاون الإسلامي (كومياك)"),
            new Phrase("COMIAC",
                    "le COMIAC",
                    "اللجنة الدائمة للإعلام والشؤون الثقافية التابعة للمنظمة (كومياك)")),
    COMSTECH("COMSTECH", 6, 18, Set.of(), true,
            new Phrase("Standing Committee for Scientific and Technological Cooperation (COMSTECH)",
                    "le Comité permanent pour la coopération scientifique et technologique (COMSTECH)",
                    "اللجنة الدائمة للتعاون العلمي والتكنولوجي (كومستيك)"),
            new Phrase("The Standing Committee for Scientific and Technological Cooperation of the Organization of Islamic Cooperation (COMSTECH)",
                    "Le Comité permanent pour la coopération scientifique et technologique de l'Organisation de la coopération islamique (COMSTECH)",
                    "اللجنة الدائمة للتعاون العلمي والتكنولوجي التابعة لمنظمة التعاون الإسلامي (كومستيك)"),
            new Phrase("COMSTECH",
                    "le COMSTECH",
                    "اللجنة الدائمة للتعاون العلمي والتكنولوجي (كومستيك)"));

    private static final Set<String> COMCEC_TOPICS = Set.of("DE", "ECO", "TRD", "STA", "TOU", "TRA", "FSA");
    private static final Set<String> COMIAC_TOPICS = Set.of("INF", "CS", "YTH", "IT");
    private static final Set<String> COMSTECH_TOPICS = Set.of("ST", "IT", "HLT", "EDU", "WAT", "ENV");

    // Islamic Summit sessions were irregular, so their years are listed rather than computed.
    private static final int[] SUMMIT_YEARS = {
        0, 1969, 1974, 1981, 1984, 1987, 1991, 1994, 1997, 2000, 2003, 2008, 2013, 2016, 2019, 2024
    };

    private final String code;
    private final int firstSession;
    private final int lastSession;
    private final Set<String> excludedTopics;
    private final boolean arabicFeminine;
    private final Phrase sessionName;
    private final Phrase subject;
    private final Phrase shortName;

    Body(String code, int firstSession, int lastSession, Set<String> excludedTopics, boolean arabicFeminine,
            Phrase sessionName, Phrase subject, Phrase shortName) {
        this.code = code;
        this.firstSession = firstSession;
        this.lastSession = lastSession;
        this.excludedTopics = excludedTopics;
        this.arabicFeminine = arabicFeminine;
        this.sessionName = sessionName;
        this.subject = subject;
        this.shortName = shortName;
    }

    /** The abbreviation used in document symbols, e.g. {@code CFM} in {@code OIC/CFM-48/2022/...}. */
    String code() {
        return code;
    }

    /** The first session generated; earlier sessions may still be cited as precedents. */
    int firstSession() {
        return firstSession;
    }

    /** The last session generated, the one held in or before 2025. */
    int lastSession() {
        return lastSession;
    }

    /** The name that follows "session of the"; in French with its article, for contraction. */
    Phrase sessionName() {
        return sessionName;
    }

    /** The subject of the opening sentence ("The Council of Foreign Ministers ... meeting in ..."). */
    Phrase subject() {
        return subject;
    }

    /** The name used in the reporting mandate ("to report to ... at its next session"). */
    Phrase shortName() {
        return shortName;
    }

    /** The French word for the session before the body's name; the CFM's are its regular sessions. */
    String frenchSession() {
        return this == CFM ? "session ordinaire" : "session";
    }

    /** Whether the Arabic name is grammatically feminine (اللجنة), which changes verb agreement. */
    boolean arabicFeminine() {
        return arabicFeminine;
    }

    boolean deals(String topicCode) {
        return switch (this) {
            case COMCEC -> COMCEC_TOPICS.contains(topicCode);
            case COMIAC -> COMIAC_TOPICS.contains(topicCode);
            case COMSTECH -> COMSTECH_TOPICS.contains(topicCode);
            default -> !excludedTopics.contains(topicCode);
        };
    }

    /** The year in which the given session was held (or, for future sessions, expected). */
    int year(int session) {
        if (session < 1) {
            throw new IllegalArgumentException("no session " + session + " of " + code);
        }
        return switch (this) {
            // The CFM met yearly from 1970, with no session in 2021.
            case CFM -> session <= 47 ? 1973 + session : 1974 + session;
            case SUMMIT -> session < SUMMIT_YEARS.length
                    ? SUMMIT_YEARS[session]
                    : SUMMIT_YEARS[SUMMIT_YEARS.length - 1] + 3 * (session - SUMMIT_YEARS.length + 1);
            case COMCEC -> 1984 + session;
            case COMIAC -> 1992 + 2 * session;
            case COMSTECH -> 1989 + 2 * session;
        };
    }
}
