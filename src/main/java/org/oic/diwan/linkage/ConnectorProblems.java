package org.oic.diwan.linkage;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;

/**
 * Requests Tomcat refuses while parsing them (headers larger than
 * {@code server.max-http-request-header-size}, a malformed request line) never reach a filter or a
 * controller: no audit entry is possible for them, and Tomcat answers with its own HTML page. This
 * makes that answer a problem like every other error of Diwan, with the status and nothing else.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ConnectorProblems {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after Spring Boot's own valve, so that this one, inner, answers first
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemValve() {
        return factory -> factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new ProblemValve()));
    }

    /** Tomcat's error report, as {@code application/problem+json}. */
    static final class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // only errors nobody answered yet (the application's own go through its /error page first)
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was committed meanwhile: nothing more to say
            }
        }
    }
}
