package org.oic.diwan.linkage;

import java.net.URI;
import org.oic.diwan.registry.OriginalCorrupted;
import org.oic.diwan.registry.OriginalMissing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem ({@code application/problem+json}); Spring's own
 * errors (bad parameter types, unknown routes, wrong methods) come through the base class.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @ExceptionHandler(org.oic.diwan.search.Search.Unavailable.class)
    ProblemDetail searchUnavailable(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Search unavailable", e.getMessage());
    }

    @ExceptionHandler({OriginalMissing.class, OriginalCorrupted.class})
    ProblemDetail damagedOriginal(Exception e) {
        log.error("Integrity failure in the originals store: {}", e.getMessage());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "original-damaged", "Original unavailable",
                e.getMessage() + ". The registry is intact; the original must be restored from a backup.");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://diwan.oic-oci.org/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    /** The caller may not do what the request asks (and may know that the resource exists). */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    /** A resource the request names does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
