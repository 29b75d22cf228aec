package org.oic.diwan.demo;

/**
 * The phrases that open preambular paragraphs, with how each one attaches its complement.
 *
 * <p>Arabic connectors follow the convention of {@link OperativeVerb}: ending in a space means a
 * separate word, otherwise a prefix attached to the complement.
 */
enum PreambleOpener {
    RECALLING("Recalling", "Rappelant", FrenchLink.DIRECT, "إذ يستذكر", ""),
    RECALLING_ALSO("Recalling also", "Rappelant également", FrenchLink.DIRECT, "إذ يستذكر أيضاً", ""),
    BEARING_IN_MIND("Bearing in mind", "Ayant à l'esprit", FrenchLink.DIRECT, "إذ يضع في اعتباره", ""),
    NOTING_WITH_APPRECIATION("Noting with appreciation", "Notant avec satisfaction", FrenchLink.DIRECT,
            "إذ يلاحظ مع التقدير", ""),
    REAFFIRMING("Reaffirming", "Réaffirmant", FrenchLink.DIRECT, "إذ يؤكد مجدداً", "على "),
    WELCOMING("Welcoming", "Se félicitant", FrenchLink.DE, "إذ يرحب", "ب"),
    TAKING_INTO_ACCOUNT("Taking into account", "Tenant compte", FrenchLink.DE, "إذ يأخذ في الاعتبار", ""),
    GUIDED_BY("Guided by", "Guidé par", FrenchLink.DIRECT, "استرشاداً", "ب"),
    CONVINCED("Convinced that", "Convaincu", FrenchLink.QUE, "اقتناعاً منه بأن", ""),
    AWARE("Aware of", "Conscient", FrenchLink.DE, "إدراكاً منه", "ل"),
    EMPHASIZING("Emphasizing the importance of", "Soulignant l'importance", FrenchLink.DE,
            "إذ يشدد على أهمية", ""),
    HAVING_CONSIDERED("Having considered the report of the Secretary General on",
            "Ayant examiné le rapport du Secrétaire général sur", FrenchLink.DIRECT,
            "بعد الاطلاع على تقرير الأمين العام بشأن", "");

    /** How a French opener takes its complement. */
    enum FrenchLink {
        /** Rappelant la résolution ... */
        DIRECT,
        /** Conscient de la ... (with du, des, de l' contractions) */
        DE,
        /** Convaincu que ... (qu' before a vowel) */
        QUE
    }

    private final String english;
    private final String french;
    private final FrenchLink frenchLink;
    private final String arabic;
    private final String arabicLink;

    PreambleOpener(String english, String french, FrenchLink frenchLink, String arabic, String arabicLink) {
        this.english = english;
        this.french = french;
        this.frenchLink = frenchLink;
        this.arabic = arabic;
        this.arabicLink = arabicLink;
    }

    String english() {
        return english;
    }

    String french() {
        return french;
    }

    FrenchLink frenchLink() {
        return frenchLink;
    }

    /** The Arabic opener as it stands first; later paragraphs prefix it with و. */
    String arabic() {
        return arabic;
    }

    String arabicLink() {
        return arabicLink;
    }
}
