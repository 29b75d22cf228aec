package org.oic.diwan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that no controller handled (an unknown address, a wrong method): an RFC 9457 problem
 * for the API and for clients that do not ask for HTML, an error page for browsers.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model) {
        HttpStatus status = status(request);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String accept = request.getHeader("Accept");
        boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (uri.startsWith("/api/") || uri.startsWith("/actuator") || !browser) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, uri));
            problem.setTitle(status.getReasonPhrase());
            problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~%-]", "")));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }

    private static String detail(HttpStatus status, String uri) {
        return switch (status) {
            case NOT_FOUND -> "nothing at " + uri;
            case METHOD_NOT_ALLOWED -> "this method is not allowed on " + uri;
            default -> status.getReasonPhrase();
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
