package org.oic.diwan.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.oic.diwan.DataFolder;
import org.oic.diwan.access.People;
import org.oic.diwan.access.Role;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.oic.diwan.registry.Documents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty registry with generated resolutions when Diwan runs as a demo; a registry that
 * holds anything is left as it is, so a demo can be restarted without duplicating its content.
 */
@Component
@ConditionalOnBooleanProperty("diwan.demo.enabled")
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final long SEED = 2023;

    private final Documents documents;
    private final Importer importer;
    private final DataFolder dataFolder;
    private final int count;
    private final Path seeds;
    private final People people;

    /** One account per role, in organizations that show what each may see. */
    private static final List<String[]> ACCOUNTS = List.of(
            new String[] {"clerk", "Registry clerk", "GS-CONF", "registry-clerk"},
            new String[] {"editor", "Editor", "GS-CONF", "editor"},
            new String[] {"publisher", "Publisher", "GS-CONF", "publisher"},
            new String[] {"legal", "Legal officer", "GS-LEGAL", "reader"},
            new String[] {"delegate", "Delegate of Saudi Arabia", "MS-SA", "reader,focal-point"},
            new String[] {"focal", "Focal point of Senegal", "MS-SN", "reader,focal-point"},
            new String[] {"auditor", "Auditor", "GS-AUDIT", "auditor"},
            new String[] {"admin", "Administrator", "GS-IT", "administrator"});

    /** Demo accounts, made once, their one-time passwords printed: there is no default password anywhere. */
    private void demoAccounts() {
        if (people.find("admin").isPresent()) {
            return;
        }
        StringBuilder printed = new StringBuilder("\nDemo accounts (one-time passwords, shown once):\n");
        for (String[] a : ACCOUNTS) {
            java.util.Set<Role> roles = java.util.Arrays.stream(a[3].split(",")).map(Role::ofCode)
                    .collect(java.util.stream.Collectors.toSet());
            People.Created created = people.create(a[0], a[1], a[2], roles, "demo");
            printed.append("  %-10s %-24s %s%n".formatted(a[0], created.oneTimePassword(), a[1] + " (" + a[2] + ")"));
        }
        System.out.println(printed);
    }

    DemoContent(Documents documents, Importer importer, DataFolder dataFolder,
            @Value("${diwan.demo.documents:120}") int count, @Value("${diwan.demo.seeds:../shared/seeds}") String seeds,
            People people) {
        this.people = people;
        this.documents = documents;
        this.importer = importer;
        this.dataFolder = dataFolder;
        this.count = count;
        // a String, not a Path: in a web application Spring would read a Path as a servlet resource
        this.seeds = Path.of(seeds);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        demoAccounts();
        if (documents.countDocuments() > 0) {
            log.info("Demo: the registry already holds documents; nothing generated");
            return;
        }
        Path source = dataFolder.folder("demo-source");
        log.info("Demo: generating {} documents in Arabic, English and French into {}", count, source);
        GeneratedCorpus.write(source, count, SEED, done -> {});
        List<Path> roots = new java.util.ArrayList<>(List.of(source));
        if (java.nio.file.Files.isDirectory(seeds)) {
            log.info("Demo: importing the real resolutions in {} as well", seeds.toAbsolutePath().normalize());
            roots.add(seeds);
        }
        List<Path> files = importer.filesUnder(roots);
        AtomicInteger imported = new AtomicInteger();
        // demo content is published material: public, so that the public pages and search show it
        importer.importFiles(files, Classification.PUBLIC, outcome -> {
            if (outcome.status() == FileOutcome.Status.IMPORTED) {
                imported.incrementAndGet();
            } else if (outcome.status() == FileOutcome.Status.REJECTED) {
                log.warn("Demo: {} rejected: {}", outcome.path(), outcome.reason());
            }
        });
        log.info("Demo: {} files imported, {} documents in the registry", imported.get(), documents.countDocuments());
    }
}
