package org.oic.diwan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code ./diwan import} in another process, on the data folder of a running server: the server sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportWhileServingIntegrationTests {

    private static final Path DATA = TestDataFolders.create("serving");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void anImportFromTheCommandLineIsServedAtOnce() throws Exception {
        Process cli = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), DiwanCommand.class.getName(),
                "import", Seeds.folder().toString(), "--json", "--classification", "public", "--data", DATA.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(cli.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.contains("\"status\":\"imported\""))).hasSize(5);

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents?lang=fr")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"totalItems\":1").contains("OIC/CFM-49/2023/IT");
    }
}
