package org.oic.diwan.mandates.report;

import static org.oic.diwan.mandates.FollowUpStatus.DONE;
import static org.oic.diwan.mandates.FollowUpStatus.IN_PROGRESS;
import static org.oic.diwan.mandates.FollowUpStatus.NOT_STARTED;
import static org.oic.diwan.mandates.FollowUpStatus.OVERTAKEN;
import static org.oic.diwan.mandates.FollowUpStatus.RECURRING;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.mandates.report.ImplementationReport.Evidence;
import org.oic.diwan.mandates.report.ImplementationReport.Mandate;
import org.oic.diwan.mandates.report.ImplementationReport.Resolution;
import org.oic.diwan.text.Language;

/**
 * A report as the mandates module will hand it over: the 49th Council of Foreign Ministers'
 * resolutions, reported to the 50th. Some texts exist in fewer languages than the report's, as
 * happens with late translations: the report then shows the version there is, marked as such.
 */
final class SampleReports {

    /** Title of a resolution that exists in English only. */
    static final String ENGLISH_ONLY_TITLE = "On strengthening economic cooperation & trade among Member States <2023-2025>";

    private SampleReports() {
    }

    static ImplementationReport of(Language language) {
        return new ImplementationReport(language,
                pick(language, "Council of Foreign Ministers", "Conseil des ministres des Affaires étrangères",
                        "مجلس وزراء الخارجية"),
                49, 50,
                pick(language, "Yaoundé, Republic of Cameroon", "Yaoundé (République du Cameroun)",
                        "ياوندي، جمهورية الكاميرون"),
                LocalDate.of(2024, 8, 29), LocalDate.of(2024, 7, 15), "OIC/CFM-50/2024/SG-REP/1",
                List.of(palestine(language), information(language), economy(language), culture(language),
                        organization(language)));
    }

    private static Resolution palestine(Language language) {
        return new Resolution("1/49-PAL",
                pick(language, "On the cause of Palestine and Al-Quds Al-Sharif",
                        "Sur la cause de la Palestine et d’Al-Qods Al-Charif", "بشأن قضية فلسطين والقدس الشريف"),
                language, "OIC/CFM-49/2023/PAL/RES/FINAL",
                List.of(
                        new Mandate("8",
                                pick(language,
                                        "Calls upon Member States to take the necessary measures to support the steadfastness of the Palestinian people and to contribute to the Waqf Fund for Al-Quds.",
                                        "Invite les États membres à prendre les mesures nécessaires pour soutenir la résilience du peuple palestinien et à contribuer au Fonds Waqf pour Al-Qods.",
                                        "يدعو الدول الأعضاء إلى اتخاذ التدابير اللازمة لدعم صمود الشعب الفلسطيني والمساهمة في وقفية القدس."),
                                language,
                                List.of(pick(language, "All Member States (57)", "Tous les États membres (57)",
                                        "جميع الدول الأعضاء (57)")),
                                pick(language, "Contribute and inform the General Secretariat",
                                        "Contribuer et en informer le Secrétariat général",
                                        "المساهمة وإبلاغ الأمانة العامة"),
                                "2024-06-30", true, IN_PROGRESS,
                                counts(DONE, 19, IN_PROGRESS, 14, NOT_STARTED, 21, RECURRING, 3),
                                List.of(new Evidence(pick(language, "Note verbale of the Secretariat",
                                                "Note verbale du Secrétariat", "مذكرة شفوية من الأمانة العامة"),
                                                "OIC/PAL/2023/NV-112"),
                                        new Evidence(pick(language, "Replies of Member States", "Réponses des États membres",
                                                "ردود الدول الأعضاء"), "OIC/PAL/2024/MS-REPLIES")),
                                pick(language,
                                        "Nineteen Member States have reported their contributions to the Waqf Fund for Al-Quds (وقفية القدس); a reminder was sent on 3 June 2024.",
                                        "Dix-neuf États membres ont communiqué leurs contributions ; un rappel a été adressé le 3 juin 2024.",
                                        "أبلغت تسع عشرة دولة عضواً عن مساهماتها، ووُجِّه تذكير في 3 يونيو 2024.")),
                        new Mandate("15",
                                pick(language,
                                        "Requests the Secretary General to follow up the implementation of this resolution and to report thereon to the next session.",
                                        "Prie le Secrétaire général de suivre la mise en œuvre de la présente résolution et d’en faire rapport à la prochaine session.",
                                        "يطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير عنه إلى الدورة القادمة."),
                                language,
                                List.of(pick(language, "Secretary General", "Secrétaire général", "الأمين العام")),
                                pick(language, "Report", "Rapport", "تقرير"),
                                pick(language, "50th session", "50e session", "الدورة الخمسين"), false, RECURRING,
                                counts(RECURRING, 1),
                                List.of(new Evidence(pick(language, "This report", "Le présent rapport", "هذا التقرير"),
                                        "OIC/CFM-50/2024/SG-REP/1")),
                                null)));
    }

    private static Resolution information(Language language) {
        return new Resolution("4/49-INF",
                pick(language, "On information and communication", "Sur l’information et la communication",
                        "بشأن الإعلام والاتصال"),
                language, null,
                List.of(new Mandate("5",
                        pick(language,
                                "Urges Member States to pay their contributions to the OIC Broadcasting Regulatory Authority.",
                                "Exhorte les États membres à verser leurs contributions à l’Autorité de régulation de la radiodiffusion de l’OCI.",
                                "يحث الدول الأعضاء على تسديد مساهماتها لهيئة تنظيم البث في منظمة التعاون الإسلامي."),
                        language,
                        List.of(pick(language, "All Member States (57)", "Tous les États membres (57)",
                                "جميع الدول الأعضاء (57)")),
                        pick(language, "Pay contributions", "Verser les contributions", "تسديد المساهمات"),
                        "2023-12-31", true, NOT_STARTED, counts(NOT_STARTED, 50, IN_PROGRESS, 5, DONE, 2),
                        List.of(), null)));
    }

    private static Resolution economy(Language language) {
        // Translated versions not yet issued: the English title and text stand in every report.
        return new Resolution("2/49-E", ENGLISH_ONLY_TITLE, Language.EN, "OIC/CFM-49/2023/ECO/RES/FINAL",
                List.of(
                        new Mandate("3",
                                "Requests the Islamic Centre for Development of Trade to organize the 19th OIC Trade Fair and to report on its outcome.",
                                Language.EN,
                                List.of(pick(language, "Islamic Centre for Development of Trade",
                                        "Centre islamique pour le développement du commerce", "المركز الإسلامي لتنمية التجارة")),
                                pick(language, "Organize the fair", "Organiser la foire", "تنظيم المعرض"),
                                "2024-03-15", false, DONE, counts(DONE, 1),
                                List.of(new Evidence(pick(language, "Report of the Centre", "Rapport du Centre", "تقرير المركز"),
                                        "ICDT/2024/FAIR-19")),
                                pick(language, "Held in Dakar from 10 to 15 March 2024.",
                                        "Tenue à Dakar du 10 au 15 mars 2024.", "عُقد في داكار من 10 إلى 15 مارس 2024.")),
                        new Mandate("7",
                                "Decides to convene an expert group meeting on the Trade Preferential System among OIC Member States before the end of 2023.",
                                Language.EN,
                                List.of(pick(language, "General Secretariat", "Secrétariat général", "الأمانة العامة")),
                                pick(language, "Convene a meeting", "Convoquer une réunion", "عقد اجتماع"),
                                "2023-12-31", false, OVERTAKEN, counts(OVERTAKEN, 1), List.of(),
                                pick(language, "Superseded by resolution 2/50-E (draft).",
                                        "Remplacé par la résolution 2/50-E (projet).", "حل محله القرار 2/50-E (مشروع).")),
                        new Mandate("9",
                                "Invites Member States that have not yet done so to sign and ratify the TPS-OIC agreements.",
                                Language.EN,
                                List.of(pick(language, "Member States concerned (12)", "États membres concernés (12)",
                                        "الدول الأعضاء المعنية (12)")),
                                pick(language, "Sign and ratify", "Signer et ratifier", "التوقيع والتصديق"),
                                "2024-12-31", false, IN_PROGRESS, counts(DONE, 4, IN_PROGRESS, 3, NOT_STARTED, 5),
                                List.of(new Evidence(pick(language, "Instruments deposited", "Instruments déposés",
                                        "الصكوك المودعة"), "OIC/LEG/TPS/2024-04")),
                                null)));
    }

    private static Resolution culture(Language language) {
        return new Resolution("3/49-C&S",
                pick(language, "On combating Islamophobia", "Sur la lutte contre l’islamophobie",
                        "بشأن مكافحة ظاهرة الإسلاموفوبيا"),
                language, "OIC/CFM-49/2023/C&S/RES/FINAL",
                List.of(
                        new Mandate("4",
                                pick(language,
                                        "Requests the Secretary General to submit an annual report on Islamophobia to the Council.",
                                        "Prie le Secrétaire général de présenter au Conseil un rapport annuel sur l’islamophobie.",
                                        "يطلب من الأمين العام تقديم تقرير سنوي عن ظاهرة الإسلاموفوبيا إلى المجلس."),
                                language,
                                List.of(pick(language, "Secretary General", "Secrétaire général", "الأمين العام"),
                                        pick(language, "Islamophobia Observatory", "Observatoire de l’islamophobie",
                                                "مرصد الإسلاموفوبيا")),
                                pick(language, "Annual report", "Rapport annuel", "تقرير سنوي"),
                                pick(language, "Each session", "Chaque session", "كل دورة"), false, RECURRING,
                                counts(RECURRING, 2),
                                List.of(new Evidence(pick(language, "Sixteenth annual report", "Seizième rapport annuel",
                                        "التقرير السنوي السادس عشر"), "OIC/CFM-50/2024/IPH/REP")),
                                null),
                        new Mandate("6",
                                pick(language,
                                        "Calls for the appointment of a Special Envoy on combating Islamophobia.",
                                        "Demande la nomination d’un Envoyé spécial pour la lutte contre l’islamophobie.",
                                        null),
                                pick(language, Language.EN, Language.FR, Language.EN),
                                List.of(pick(language, "Secretary General", "Secrétaire général", "الأمين العام")),
                                pick(language, "Appoint", "Nommer", "التعيين"),
                                "2023-09-30", false, DONE, counts(DONE, 1),
                                List.of(new Evidence(pick(language, "Letter of appointment", "Lettre de nomination",
                                        "رسالة التعيين"), "OIC/SG/2023/415")),
                                pick(language, "Special Envoy appointed on 2 September 2023.",
                                        "Envoyé spécial nommé le 2 septembre 2023.", "عُيِّن المبعوث الخاص في 2 سبتمبر 2023."))));
    }

    private static Resolution organization(Language language) {
        return new Resolution("1/49-ORG",
                pick(language, "On the programme of work of the General Secretariat",
                        "Sur le programme de travail du Secrétariat général", "بشأن برنامج عمل الأمانة العامة"),
                language, null,
                List.of(
                        new Mandate("2",
                                pick(language,
                                        "Requests the General Secretariat to circulate the working documents of the Council in the three official languages at least four weeks before each session.",
                                        "Prie le Secrétariat général de distribuer les documents de travail du Conseil dans les trois langues officielles au moins quatre semaines avant chaque session.",
                                        "يطلب من الأمانة العامة تعميم وثائق عمل المجلس باللغات الرسمية الثلاث قبل أربعة أسابيع على الأقل من كل دورة."),
                                language,
                                List.of(pick(language, "General Secretariat", "Secrétariat général", "الأمانة العامة")),
                                pick(language, "Circulate documents", "Distribuer les documents", "تعميم الوثائق"),
                                "2024-08-01", false, IN_PROGRESS, counts(IN_PROGRESS, 1), List.of(),
                                pick(language, "English and French versions circulated; Arabic versions in preparation.",
                                        "Versions anglaise et française distribuées ; versions arabes en préparation.",
                                        "عُمِّمت النسختان الإنكليزية والفرنسية، والنسخ العربية قيد الإعداد.")),
                        new Mandate("5",
                                pick(language,
                                        "Requests Member States to nominate focal points for the follow-up of the resolutions of the Council.",
                                        "Prie les États membres de désigner des points focaux pour le suivi des résolutions du Conseil.",
                                        "يطلب من الدول الأعضاء تسمية جهات اتصال لمتابعة قرارات المجلس."),
                                language,
                                List.of(pick(language, "All Member States (57)", "Tous les États membres (57)",
                                        "جميع الدول الأعضاء (57)")),
                                pick(language, "Nominate focal points", "Désigner des points focaux", "تسمية جهات الاتصال"),
                                "2023-10-31", true, IN_PROGRESS, counts(DONE, 41, NOT_STARTED, 16),
                                List.of(new Evidence(pick(language, "List of focal points", "Liste des points focaux",
                                        "قائمة جهات الاتصال"), "OIC/ORG/2024/FP-LIST")),
                                null)));
    }

    private static Map<FollowUpStatus, Integer> counts(Object... statusThenCount) {
        Map<FollowUpStatus, Integer> counts = new EnumMap<>(FollowUpStatus.class);
        for (int i = 0; i < statusThenCount.length; i += 2) {
            counts.put((FollowUpStatus) statusThenCount[i], (Integer) statusThenCount[i + 1]);
        }
        return counts;
    }

    /** The version in the report's language; where there is none, the English one (see the mandate's textLanguage). */
    private static <T> T pick(Language language, T english, T french, T arabic) {
        T chosen = switch (language) {
            case EN -> english;
            case FR -> french;
            case AR -> arabic;
        };
        return chosen != null ? chosen : english;
    }
}
