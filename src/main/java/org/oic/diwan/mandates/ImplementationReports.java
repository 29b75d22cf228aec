package org.oic.diwan.mandates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oic.diwan.mandates.report.ImplementationReport;
import org.oic.diwan.mandates.report.ImplementationReportRenderer;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.AdmissionSql;
import org.oic.diwan.text.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Secretary General's report on the implementation of the resolutions of a session, for the
 * next session of the same body: every mandate of that session the reader may see, with its
 * status, its follow-ups and their evidence, in one of the three languages, as HTML or PDF.
 */
@Service
public class ImplementationReports {

    /** The formats a report is rendered in. */
    public enum Format { HTML, PDF }

    private final Mandates mandates;
    private final JdbcClient jdbc;
    private final AddresseeNaming naming;
    private final MessageSource messages;
    private final ImplementationReportRenderer renderer;

    ImplementationReports(Mandates mandates, JdbcClient jdbc, AddresseeNaming naming, MessageSource messages,
            ImplementationReportRenderer renderer) {
        this.mandates = mandates;
        this.jdbc = jdbc;
        this.naming = naming;
        this.messages = messages;
        this.renderer = renderer;
    }

    /** The report presented to session {@code comingSession} of the body, on the session before it. */
    public byte[] render(String body, int comingSession, Language language, Format format, Admission admission) {
        ImplementationReport report = assemble(body, comingSession, language, admission);
        return format == Format.PDF ? renderer.pdf(report) : renderer.html(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    ImplementationReport assemble(String body, int comingSession, Language language, Admission admission) {
        if (comingSession < 2) {
            throw new IllegalArgumentException("the session a report is presented to is the second or a later one");
        }
        int reported = comingSession - 1;
        Locale locale = language.locale();
        List<MandateSummary> summaries = new ArrayList<>();
        for (int offset = 0;; offset += MandateQuery.MAX_LIMIT) {
            List<MandateSummary> page = mandates.list(new MandateQuery(null, null, body, reported, false, MandateQuery.MAX_LIMIT, offset),
                    admission);
            summaries.addAll(page);
            if (page.size() < MandateQuery.MAX_LIMIT) {
                break;
            }
        }
        Map<String, List<MandateSummary>> byResolution = new LinkedHashMap<>();
        summaries.stream()
                .sorted(java.util.Comparator.comparing((MandateSummary m) -> resolutionOrder(m.resolution()))
                        .thenComparing(m -> paragraphOrder(m.paragraph())))
                .forEach(m -> byResolution.computeIfAbsent(m.documentId() + "|" + m.resolution(), k -> new ArrayList<>()).add(m));
        List<ImplementationReport.Resolution> resolutions = new ArrayList<>();
        for (List<MandateSummary> group : byResolution.values()) {
            MandateSummary first = group.get(0);
            Text title = title(first, language);
            List<ImplementationReport.Mandate> items = new ArrayList<>();
            for (MandateSummary m : group) {
                items.add(mandate(m, language, locale, admission));
            }
            resolutions.add(new ImplementationReport.Resolution(first.resolution() == null ? "" : first.resolution(), title.text(),
                    title.language(), first.symbol(), items));
        }
        Map<String, Object> session = jdbc.sql("""
                select place, starts_on from session where body_code = ? and ordinal = ? and not extraordinary
                """).params(body, comingSession).query().listOfRows().stream().findFirst().orElse(Map.of());
        String bodyName = jdbc.sql("select name_en, name_fr, name_ar from body where code = ?").param(body)
                .query((rs, n) -> switch (language) {
                    case AR -> rs.getString(3);
                    case FR -> rs.getString(2);
                    default -> rs.getString(1);
                }).optional().orElseThrow(() -> new IllegalArgumentException("no body " + body));
        return new ImplementationReport(language, bodyName, reported, comingSession, (String) session.get("place"),
                session.get("starts_on") == null ? null : ((java.sql.Date) session.get("starts_on")).toLocalDate(), LocalDate.now(),
                "OIC/" + body + "-" + comingSession + "/SG-REP/" + reported, resolutions);
    }

    private ImplementationReport.Mandate mandate(MandateSummary m, Language language, Locale locale, Admission admission) {
        MandateDetail detail = mandates.find(m.id(), admission).orElseThrow();
        Text text = pick(detail.texts(), language);
        List<String> addressees = m.addressees().stream().map(code -> naming.name(code, language)).toList();
        String action = String.join(", ", m.actions().stream().map(a -> messages.getMessage("action." + a, null, a, locale)).toList());
        List<ImplementationReport.Evidence> evidence = new ArrayList<>();
        FollowUp.Update latest = null;
        String latestBy = null;
        for (FollowUp f : detail.followUps()) {
            for (FollowUp.Update u : f.updates()) {
                if (u.evidenceDocument() != null) {
                    evidence.add(new ImplementationReport.Evidence(naming.name(f.organization(), language),
                            u.evidenceSymbol() != null ? u.evidenceSymbol() : u.evidenceDocument().toString()));
                }
                if (latest == null || u.at().isAfter(latest.at())) {
                    latest = u;
                    latestBy = naming.name(f.organization(), language);
                }
            }
        }
        String latestUpdate = latest == null ? null
                : latest.at().toLocalDate() + " — " + latestBy + (latest.note().isBlank() ? "" : ": " + latest.note());
        return new ImplementationReport.Mandate(m.paragraph(), text.text(), text.language(), addressees, action, due(m.due(), locale),
                m.overdue() > 0, m.status(), m.followUps(), evidence, latestUpdate);
    }

    private String due(String due, Locale locale) {
        if (due == null) {
            return messages.getMessage("mandates.due.none", null, locale);
        }
        if (due.startsWith("session:")) {
            return messages.getMessage("mandates.due.session", new Object[] {due.substring(8)}, locale);
        }
        if (due.startsWith("date:")) {
            return messages.getMessage("mandates.due.date", new Object[] {due.substring(5)}, locale);
        }
        return messages.getMessage("mandates.due.annually", null, locale);
    }




    /** A text and the language it is in: the report's language where the version exists, else another. */
    private record Text(String text, Language language) {}

    private static Text pick(Map<String, String> texts, Language language) {
        if (texts.containsKey(language.code())) {
            return new Text(texts.get(language.code()), language);
        }
        for (Language other : Language.values()) {
            if (texts.containsKey(other.code())) {
                return new Text(texts.get(other.code()), other);
            }
        }
        return new Text("", language);
    }

    /** The resolution's title in the report's language where its version exists, else in another. */
    private Text title(MandateSummary m, Language language) {
        Map<String, String> titles = new HashMap<>();
        jdbc.sql("""
                select distinct v.language, r.title from mandate_text t join version v on v.id = t.version_id
                join mandate mm on mm.id = t.mandate_id
                join resolution r on r.version_id = v.id and r.position = mm.resolution_index
                where t.mandate_id = ? and r.title is not null
                """).param(m.id()).query(rs -> {
                    titles.put(rs.getString(1), rs.getString(2));
                });
        return pick(titles, language);
    }

    private static int resolutionOrder(String key) {
        if (key == null || key.indexOf('/') < 0) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(key.substring(key.indexOf('/') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int paragraphOrder(String paragraph) {
        try {
            return Integer.parseInt(paragraph);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

}
