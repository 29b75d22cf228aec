package org.oic.diwan.mandates.report;

import org.oic.diwan.text.Language;

/**
 * Sessions as the Secretariat names them: "49th" in English, "49e" in French, and in Arabic the
 * feminine ordinal in words, in the genitive the report's phrases need ("الدورة التاسعة والأربعين").
 */
final class SessionOrdinals {

    private static final String[] ARABIC_UNITS = {"", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة",
            "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"};
    private static final String[] ARABIC_TENS = {"", "", "العشرين", "الثلاثين", "الأربعين", "الخمسين",
            "الستين", "السبعين", "الثمانين", "التسعين"};

    private SessionOrdinals() {
    }

    static String of(int session, Language language) {
        return switch (language) {
            case EN -> session + english(session);
            case FR -> session + (session == 1 ? "re" : "e");
            case AR -> arabic(session);
        };
    }

    private static String english(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String arabic(int n) {
        if (n < 1 || n > 99) {
            return "رقم " + n; // beyond words the Secretariat writes: the number itself
        }
        if (n <= 10) {
            return ARABIC_UNITS[n];
        }
        int units = n % 10;
        String unit = units == 1 ? "الحادية" : ARABIC_UNITS[units];
        if (n < 20) {
            return unit + " عشرة";
        }
        return units == 0 ? ARABIC_TENS[n / 10] : unit + " و" + ARABIC_TENS[n / 10];
    }
}
