package org.oic.diwan.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.access.Browser;
import org.oic.diwan.access.People;
import org.oic.diwan.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the import, administration and audit page tests share: one server on one data folder (the
 * classes that extend this share the application context, so the database starts once), and
 * people signed in through the pages as they would be, second factor included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
abstract class BackOfficePages {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("back-office").toString());
    }

    static final String PASSWORD = "minarets at dawn over the corniche";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    /** A new person, signed in for the first time in a browser of their own. */
    Browser signedIn(String username, String organization, Role... roles) throws Exception {
        String oneTime = people.create(username, username, organization, Set.of(roles), "test").oneTimePassword();
        Browser browser = new Browser(port);
        browser.signInFirstTime(username, oneTime, PASSWORD);
        return browser;
    }

    /** A multipart/form-data body, which {@link java.net.http.HttpClient} cannot build itself. */
    static final class Multipart {

        private final String boundary = "diwan-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n" + content + "\r\n");
            return this;
        }

        HttpRequest.Builder post() {
            write("--" + boundary + "--\r\n");
            return HttpRequest.newBuilder().header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        }

        private void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
