package org.oic.diwan.mandates.report;

/**
 * The direction of a short value whose language nobody told us (a symbol, a reference), from its
 * first strong character, so "A/RES/49/1" keeps its slashes in order inside an Arabic paragraph.
 */
final class TextDirection {

    private TextDirection() {
    }

    static String of(String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); ) {
                int codePoint = value.codePointAt(i);
                switch (Character.getDirectionality(codePoint)) {
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                        return "rtl";
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                        return "ltr";
                    default:
                        break;
                }
                i += Character.charCount(codePoint);
            }
        }
        return "ltr"; // digits and punctuation alone read left to right in all three languages
    }
}
