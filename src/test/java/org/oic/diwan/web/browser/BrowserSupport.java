package org.oic.diwan.web.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What the browser tests need, obtained by the tests themselves on a fresh machine: Debian's
 * chromium and chromedriver (and the Noto fonts, so that Arabic is drawn), installed with apt-get
 * when missing; axe-core from the npm registry, checked against the integrity the registry
 * publishes for it. Selenium is pointed at both binaries explicitly, so Selenium Manager never
 * runs and nothing is downloaded but what is named here.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A font of fonts-noto-core that draws Arabic; without it, Arabic pages show boxes. */
    static final Path ARABIC_FONT = Path.of("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf");
    static final List<String> PACKAGES = List.of("chromium", "chromium-driver", "fonts-noto-core");

    /** axe-core, pinned: the version and the integrity the npm registry gives for its tarball. */
    static final String AXE_VERSION = "4.14.1";
    static final String AXE_INTEGRITY =
            "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    static final URI AXE_TARBALL = URI.create("https://registry.npmjs.org/axe-core/-/axe-core-" + AXE_VERSION + ".tgz");

    private static final Pattern MAJOR = Pattern.compile("(\\d+)\\.\\d+\\.\\d+");
    private static String axeSource;

    private BrowserSupport() {}

    /** Chromium, chromedriver and the fonts, installed with apt-get if they are not there (or do not match). */
    static synchronized void ensureInstalled() {
        if (ready()) {
            return;
        }
        if (!isRoot()) {
            throw new IllegalStateException("The browser tests need Debian's " + String.join(", ", PACKAGES)
                    + " and cannot install them without root. Run as root, or install them: sudo apt-get install -y "
                    + String.join(" ", PACKAGES));
        }
        Path log = Path.of("target", "browser", "apt-get.log").toAbsolutePath();
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends",
                "-o", "DPkg::Lock::Timeout=300"));
        install.addAll(PACKAGES);
        int status = run(install, log);
        if (status != 0) {
            // the package lists may be missing (a fresh image) or stale (a security update replaced the version)
            run(List.of("apt-get", "update", "-o", "DPkg::Lock::Timeout=300"), log);
            status = run(install, log);
        }
        if (status != 0 || !ready()) {
            throw new IllegalStateException("Could not install " + String.join(", ", PACKAGES) + " with apt-get (exit "
                    + status + "); the browser tests need them. See " + log + ":\n" + tail(log));
        }
    }

    private static boolean ready() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER) || !Files.exists(ARABIC_FONT)) {
            return false;
        }
        // chromedriver drives only the chromium of its own major version
        String browser = major(output(CHROMIUM.toString(), "--version"));
        String driver = major(output(CHROMEDRIVER.toString(), "--version"));
        return browser != null && browser.equals(driver);
    }

    static String versions() {
        return output(CHROMIUM.toString(), "--version").strip() + " / " + output(CHROMEDRIVER.toString(), "--version").strip();
    }

    /**
     * A headless chromium in the given interface language, its downloads going to {@code downloads}.
     * Each driver has its own new profile: its own cookies, nothing shared between the people of a walk.
     */
    static ChromeDriver chrome(String language, Path downloads) {
        ensureInstalled();
        // belt and braces: with the executable given, Selenium does not run Selenium Manager at all
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Path.of("target", "browser", "chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=" + language, "--no-first-run", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-features=Translate,MediaRouter,OptimizationHints", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", language,
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        return driver;
    }

    /** axe.min.js of the pinned axe-core, fetched once into ~/.cache/diwan and checked against its integrity every time. */
    static synchronized String axe() {
        if (axeSource != null) {
            return axeSource;
        }
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "diwan", "npm", "axe-core-" + AXE_VERSION + ".tgz");
        try {
            if (!Files.exists(cache) || !intact(Files.readAllBytes(cache))) {
                Files.createDirectories(cache.getParent());
                HttpResponse<byte[]> response;
                try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(20)).build()) {
                    response = http.send(HttpRequest.newBuilder(AXE_TARBALL).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException e) {
                    throw new IllegalStateException("Could not fetch axe-core from the npm registry (" + AXE_TARBALL
                            + "); the browser tests need it: " + e, e);
                }
                if (response.statusCode() != 200 || !intact(response.body())) {
                    throw new IllegalStateException("axe-core from " + AXE_TARBALL + " answered " + response.statusCode()
                            + " or does not match its integrity " + AXE_INTEGRITY);
                }
                Path partial = Files.createTempFile(cache.getParent(), "axe-core", ".part");
                Files.write(partial, response.body());
                Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            axeSource = fromTarball(Files.readAllBytes(cache), "package/axe.min.js");
            return axeSource;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean intact(byte[] tarball) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(tarball);
            return AXE_INTEGRITY.equals("sha512-" + Base64.getEncoder().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file of a gzipped tar (ustar, as npm packs them), as UTF-8 text. */
    static String fromTarball(byte[] tgz, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String entry = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    entry = prefix + "/" + entry;
                }
                long size = Long.parseLong(field(header, 124, 12).strip(), 8);
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (entry.equals(name) && (header[156] == '0' || header[156] == 0)) {
                    return new String(content, StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no " + name + " in the axe-core tarball");
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static boolean isRoot() {
        return "0".equals(output("id", "-u").strip());
    }

    private static String major(String version) {
        Matcher m = MAJOR.matcher(version);
        return m.find() ? m.group(1) : null;
    }

    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            process.getInputStream().transferTo(out);
            process.waitFor(30, TimeUnit.SECONDS);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static int run(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
