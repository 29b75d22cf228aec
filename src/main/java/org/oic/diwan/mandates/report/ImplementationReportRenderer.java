package org.oic.diwan.mandates.report;

import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the Secretary General's report on the implementation of a session's resolutions, as a
 * standalone XHTML page and as an A4 PDF laid out from that same page.
 *
 * <p>Its own template engine (XML mode, so the page is well-formed XHTML that openhtmltopdf's XML
 * parser takes as is) keeps it apart from the web application's templates. Thread-safe: the engine
 * caches the parsed template and each render builds its own context and PDF renderer.
 */
@Component
public class ImplementationReportRenderer {

    private static final String TEMPLATE = "implementation-report";

    private final SpringTemplateEngine templates = templateEngine();
    private final ReportPdf pdf = new ReportPdf();

    public String html(ImplementationReport report) {
        Objects.requireNonNull(report, "report");
        ReportWording wording = new ReportWording(report.language());
        Context context = new Context(report.language().locale(), Map.of(
                "report", report,
                "t", wording,
                "chart", StatusChart.of(report, wording.text("summary.total"))));
        return templates.process(TEMPLATE, context);
    }

    public byte[] pdf(ImplementationReport report) {
        return pdf.render(html(report), report.language());
    }

    private static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(
                ImplementationReportRenderer.class.getClassLoader());
        resolver.setPrefix("mandates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
