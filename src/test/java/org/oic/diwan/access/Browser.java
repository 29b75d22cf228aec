package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for the tests, over real HTTP: it keeps its cookies (the session), takes each form's
 * CSRF token from the page that shows the form, and follows no redirect (the tests look at them).
 */
public final class Browser {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern SECRET = Pattern.compile("<code class=\"secret\"[^>]*>([A-Z2-7]+)</code>");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    public Browser(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request of the test's own making, with this browser's session. */
    public HttpResponse<String> send(HttpRequest.Builder request, String path) throws Exception {
        return client.send(request.uri(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a form from the page at {@code path}, with that page's CSRF token. */
    public HttpResponse<String> post(String path, String... fields) throws Exception {
        return postFrom(path, path, fields);
    }

    /** Sends a form shown on the page at {@code page} to {@code action}, with that page's CSRF token. */
    public HttpResponse<String> postFrom(String page, String path, String... fields) throws Exception {
        Matcher token = CSRF.matcher(get(page).body());
        assertThat(token.find()).as("a CSRF token on %s", page).isTrue();
        StringBuilder form = new StringBuilder("_csrf=" + encoded(token.group(1)));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append('&').append(fields[i]).append('=').append(encoded(fields[i + 1]));
        }
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signIn(String username, String password) throws Exception {
        return post("/signin", "username", username, "password", password);
    }

    HttpResponse<String> changePassword(String current, String chosen) throws Exception {
        return post(PasswordChange.PAGE, "current", current, "chosen", chosen, "confirmation", chosen);
    }

    /** Enrols a second factor (the first time) and gives a good code; returns the enrolled secret. */
    String enrolSecondFactor() throws Exception {
        Matcher secret = SECRET.matcher(get(SecondFactor.PAGE).body());
        assertThat(secret.find()).as("an enrolment shows the secret").isTrue();
        assertThat(post(SecondFactor.PAGE, "code", Totp.code(secret.group(1), Totp.step(Instant.now()))).statusCode()).isEqualTo(302);
        return secret.group(1);
    }

    /** A person's first sign-in, as it must go: the one-time password, the second factor if the role needs one, a chosen password. */
    public void signInFirstTime(String username, String oneTimePassword, String chosen) throws Exception {
        assertThat(signIn(username, oneTimePassword).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> next = get("/documents");
        if (next.headers().firstValue("Location").orElse("").endsWith(SecondFactor.PAGE)) {
            enrolSecondFactor();
            next = get("/documents");
        }
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith(PasswordChange.PAGE);
        assertThat(changePassword(oneTimePassword, chosen).headers().firstValue("Location").orElseThrow()).contains(PasswordChange.PAGE + "?changed");
    }

    /** The CSRF token of the form on a page. */
    public String csrf(String page) throws Exception {
        Matcher token = CSRF.matcher(get(page).body());
        assertThat(token.find()).as("a CSRF token on %s", page).isTrue();
        return token.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
