package org.oic.diwan.demo;

/**
 * Ordinal numbers (1 to 99) in words and in abbreviated form, as session numbers are written in
 * English, French and Arabic resolutions.
 */
public final class OrdinalWords {

    private static final String[] EN_UNITS = {
        "", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"
    };
    private static final String[] EN_TEENS = {
        "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
        "Seventeenth", "Eighteenth", "Nineteenth"
    };
    private static final String[] EN_TENS = {
        "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"
    };
    private static final String[] EN_TENTHS = {
        "", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth", "Seventieth",
        "Eightieth", "Ninetieth"
    };

    // "unième" only ever appears inside compounds (vingt et unième); alone, 1 is première.
    private static final String[] FR_UNITS = {
        "", "unième", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième",
        "huitième", "neuvième"
    };
    private static final String[] FR_TEENS = {
        "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
        "dix-septième", "dix-huitième", "dix-neuvième"
    };
    private static final String[] FR_TENS = {
        "", "", "vingt", "trente", "quarante", "cinquante", "soixante"
    };
    private static final String[] FR_TENTHS = {
        "", "", "vingtième", "trentième", "quarantième", "cinquantième", "soixantième"
    };

    // Feminine forms, because they qualify الدورة (the session); the tens are in the genitive
    // case, which is how session numbers appear after a preposition or in a construct.
    private static final String[] AR_UNITS = {
        "", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
        "التاسعة", "العاشرة"
    };
    private static final String[] AR_TENS = {
        "", "", "العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين",
        "التسعين"
    };

    private OrdinalWords() {
    }

    /** The English ordinal in title case, e.g. 48 gives {@code Forty-Eighth}. */
    public static String english(int n) {
        check(n);
        if (n < 10) {
            return EN_UNITS[n];
        }
        if (n < 20) {
            return EN_TEENS[n - 10];
        }
        int tens = n / 10;
        int units = n % 10;
        return units == 0 ? EN_TENTHS[tens] : EN_TENS[tens] + "-" + EN_UNITS[units];
    }

    /** The English abbreviated ordinal, e.g. 21 gives {@code 21st} and 12 gives {@code 12th}. */
    public static String englishNumeric(int n) {
        check(n);
        int lastTwo = n % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }

    /** The French ordinal in the feminine, as for "session", e.g. 48 gives {@code quarante-huitième}. */
    public static String french(int n) {
        check(n);
        if (n == 1) {
            return "première";
        }
        if (n < 10) {
            return FR_UNITS[n];
        }
        if (n < 20) {
            return FR_TEENS[n - 10];
        }
        int tens = n / 10;
        int units = n % 10;
        if (tens == 7 || tens == 9) {
            // French counts 70-79 and 90-99 as sixty-ten and four-twenty-ten.
            String base = tens == 7 ? "soixante" : "quatre-vingt";
            if (tens == 7 && units == 1) {
                return "soixante et onzième";
            }
            return base + "-" + FR_TEENS[units];
        }
        if (tens == 8) {
            return units == 0 ? "quatre-vingtième" : "quatre-vingt-" + FR_UNITS[units];
        }
        if (units == 0) {
            return FR_TENTHS[tens];
        }
        if (units == 1) {
            return FR_TENS[tens] + " et unième";
        }
        return FR_TENS[tens] + "-" + FR_UNITS[units];
    }

    /** The French abbreviated ordinal in the style of OIC documents, e.g. {@code 48ème} and {@code 1ère}. */
    public static String frenchNumeric(int n) {
        check(n);
        return n == 1 ? "1ère" : n + "ème";
    }

    /** The Arabic feminine ordinal, e.g. 48 gives {@code الثامنة والأربعين} and 11 gives {@code الحادية عشرة}. */
    public static String arabicFeminine(int n) {
        check(n);
        if (n <= 10) {
            return AR_UNITS[n];
        }
        if (n < 20) {
            return compoundUnit(n % 10) + " عشرة";
        }
        int tens = n / 10;
        int units = n % 10;
        return units == 0 ? AR_TENS[tens] : compoundUnit(units) + " و" + AR_TENS[tens];
    }

    private static String compoundUnit(int units) {
        return units == 1 ? "الحادية" : AR_UNITS[units];
    }

    private static void check(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("ordinal out of range 1..99: " + n);
        }
    }
}
