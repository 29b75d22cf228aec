package org.oic.diwan.demo;

import org.oic.diwan.text.Language;

/** One meaning written in the three languages; the vocabulary is made of these. */
record Phrase(String en, String fr, String ar) {

    String in(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }
}
