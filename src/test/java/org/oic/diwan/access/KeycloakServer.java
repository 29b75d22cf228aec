package org.oic.diwan.access;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A real Keycloak, from the distribution Maven unpacked under target/keycloak, started in
 * development mode on 127.0.0.1 with the test realm imported; stopped with its children.
 */
final class KeycloakServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static KeycloakServer start() throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.5.6")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked in " + home + ": run the tests through ./mvnw verify");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (var realm = KeycloakServer.class.getResourceAsStream("/keycloak/diwan-realm.json")) {
            Files.copy(realm, imports.resolve("diwan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm", "--hostname-strict=false")
                .redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(Path.of("target", "test-logs")).resolve("keycloak.log").toFile());
        // Keycloak runs on a Java 17 or 21; the machine has Java 17 by default
        String java = System.getenv().getOrDefault("KEYCLOAK_JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64");
        if (Files.isDirectory(Path.of(java))) {
            builder.environment().put("JAVA_HOME", java);
        }
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin-" + UUID.randomUUID());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
        KeycloakServer server = new KeycloakServer(builder.start(), port);
        server.awaitRealm(Duration.ofMinutes(3));
        return server;
    }

    String issuer() {
        return "http://127.0.0.1:" + port + "/realms/diwan";
    }

    private void awaitRealm(Duration wait) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see target/test-logs/keycloak.log");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak did not serve the realm within " + wait + "; see target/test-logs/keycloak.log");
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
