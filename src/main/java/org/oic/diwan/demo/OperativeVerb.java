package org.oic.diwan.demo;

import java.util.EnumSet;
import java.util.Set;

import org.oic.diwan.demo.Addressee.Category;

/**
 * The verbs that open operative paragraphs, with the grammar each one needs in each language.
 *
 * <p>Arabic connectors follow one convention: a connector ending in a space is a separate word
 * ("من "), one without is a prefix attached to the next word ("ب" gives "بالدول").
 */
enum OperativeVerb {
    REQUESTS(Kind.DIRECTIVE, Force.BINDING, everyone(),
            "Requests", "DEMANDE", "à", "de", "يطلب", "من ", ""),
    REQUESTS_FORMALLY(Kind.DIRECTIVE, Force.BINDING, everyone(),
            "Requests", "PRIE", "", "de", "يطلب", "إلى ", ""),
    INSTRUCTS(Kind.DIRECTIVE, Force.BINDING, EnumSet.of(Category.SECRETARIAT, Category.DEPARTMENT),
            "Instructs", "CHARGE", "", "de", "يوجه", "", "إلى "),
    MANDATES(Kind.DIRECTIVE, Force.BINDING,
            EnumSet.of(Category.SECRETARY_GENERAL, Category.SECRETARIAT, Category.INSTITUTION),
            "Mandates", "CHARGE", "", "de", "يكلف", "", "ب"),
    DECIDES(Kind.DECISION, Force.BINDING, EnumSet.noneOf(Category.class),
            "Decides", "DÉCIDE", "", "de", "يقرر", "", ""),
    APPROVES(Kind.ENDORSEMENT, Force.BINDING, EnumSet.noneOf(Category.class),
            "Approves", "APPROUVE", "", "", "يوافق", "", "على "),
    ENDORSES(Kind.ENDORSEMENT, Force.BINDING, EnumSet.noneOf(Category.class),
            "Endorses", "ENTÉRINE", "", "", "يقر", "", ""),

    URGES(Kind.DIRECTIVE, Force.EXHORTATION, EnumSet.of(Category.MEMBER_STATES, Category.INSTITUTION),
            "Urges", "EXHORTE", "", "à", "يحث", "", "على "),
    URGES_STRONGLY(Kind.DIRECTIVE, Force.EXHORTATION, EnumSet.of(Category.MEMBER_STATES, Category.INSTITUTION),
            "Urges", "DEMANDE INSTAMMENT", "à", "de", "يهيب", "ب", ""),
    CALLS_UPON(Kind.DIRECTIVE, Force.EXHORTATION, EnumSet.of(Category.MEMBER_STATES, Category.INSTITUTION),
            "Calls upon", "APPELLE", "", "à", "يدعو", "", "إلى "),
    APPEALS(Kind.DIRECTIVE, Force.EXHORTATION, EnumSet.of(Category.MEMBER_STATES, Category.INSTITUTION),
            "Calls on", "LANCE UN APPEL", "à", "pour", "يناشد", "", ""),
    INVITES(Kind.DIRECTIVE, Force.EXHORTATION,
            EnumSet.of(Category.MEMBER_STATES, Category.INSTITUTION, Category.SECRETARIAT),
            "Invites", "INVITE", "", "à", "يدعو", "", "إلى "),
    ENCOURAGES(Kind.DIRECTIVE, Force.EXHORTATION, EnumSet.of(Category.MEMBER_STATES, Category.INSTITUTION),
            "Encourages", "ENCOURAGE", "", "à", "يشجع", "", "على "),

    THANKS(Kind.ACKNOWLEDGEMENT, Force.NO_MANDATE, everyone(),
            "Thanks", "REMERCIE", "", "", "يشكر", "", ""),
    COMMENDS(Kind.ACKNOWLEDGEMENT, Force.NO_MANDATE, everyone(),
            "Commends", "FÉLICITE", "", "", "يشيد بجهود", "", ""),
    APPRECIATES(Kind.ACKNOWLEDGEMENT, Force.NO_MANDATE, everyone(),
            "Expresses its appreciation to", "EXPRIME SA GRATITUDE", "à", "", "يعرب عن تقديره", "ل", ""),
    WELCOMES(Kind.ENDORSEMENT, Force.NO_MANDATE, EnumSet.noneOf(Category.class),
            "Welcomes", "SE FÉLICITE", "", "de", "يرحب", "", "ب"),
    WELCOMES_WARMLY(Kind.ENDORSEMENT, Force.NO_MANDATE, EnumSet.noneOf(Category.class),
            "Welcomes", "ACCUEILLE FAVORABLEMENT", "", "", "يرحب", "", "ب"),
    TAKES_NOTE(Kind.ENDORSEMENT, Force.NO_MANDATE, EnumSet.noneOf(Category.class),
            "Takes note of", "PREND NOTE", "", "de", "يحيط علماً", "", "ب"),
    TAKES_NOTE_WITH_APPRECIATION(Kind.ENDORSEMENT, Force.NO_MANDATE, EnumSet.noneOf(Category.class),
            "Takes note with appreciation of", "PREND NOTE AVEC SATISFACTION", "", "de", "يحيط علماً مع التقدير", "", "ب");

    /** The sentence pattern a verb opens. */
    enum Kind {
        /** Verb, addressee, action: "Requests the Secretary General to prepare ...". */
        DIRECTIVE,
        /** Verb and action without addressee: "Decides to establish ...". */
        DECISION,
        /** Verb and thing: "Approves the plan ...". */
        ENDORSEMENT,
        /** Verb, addressee and their efforts: "Thanks SESRIC for its efforts to ...". */
        ACKNOWLEDGEMENT
    }

    /** How strongly a verb commits its addressee, as resolutions distinguish. */
    enum Force {
        BINDING,
        EXHORTATION,
        NO_MANDATE
    }

    private final Kind kind;
    private final Force force;
    private final Set<Category> addressees;
    private final String english;
    private final String french;
    private final String frenchBeforeAddressee;
    private final String frenchBeforeObject;
    private final String arabic;
    private final String arabicBeforeAddressee;
    private final String arabicBeforeObject;

    OperativeVerb(Kind kind, Force force, Set<Category> addressees, String english, String french,
            String frenchBeforeAddressee, String frenchBeforeObject, String arabic,
            String arabicBeforeAddressee, String arabicBeforeObject) {
        this.kind = kind;
        this.force = force;
        this.addressees = addressees;
        this.english = english;
        this.french = french;
        this.frenchBeforeAddressee = frenchBeforeAddressee;
        this.frenchBeforeObject = frenchBeforeObject;
        this.arabic = arabic;
        this.arabicBeforeAddressee = arabicBeforeAddressee;
        this.arabicBeforeObject = arabicBeforeObject;
    }

    private static Set<Category> everyone() {
        return EnumSet.allOf(Category.class);
    }

    Kind kind() {
        return kind;
    }

    Force force() {
        return force;
    }

    boolean suits(Category category) {
        return addressees.contains(category);
    }

    String english() {
        return english;
    }

    /** The French verb, in capitals as French resolutions print it. */
    String french() {
        return french;
    }

    /** "à" when the addressee is an indirect object (DEMANDE au ...), empty when direct (PRIE le ...). */
    String frenchBeforeAddressee() {
        return frenchBeforeAddressee;
    }

    /** The preposition before the infinitive or thing: "de", "à", "pour" or empty. */
    String frenchBeforeObject() {
        return frenchBeforeObject;
    }

    String arabic() {
        return arabic;
    }

    String arabicBeforeAddressee() {
        return arabicBeforeAddressee;
    }

    String arabicBeforeObject() {
        return arabicBeforeObject;
    }

    /** Whether the Arabic verb already names the efforts (يشيد بجهود), so the pattern must not repeat them. */
    boolean arabicNamesEfforts() {
        return arabic.endsWith("بجهود");
    }
}
