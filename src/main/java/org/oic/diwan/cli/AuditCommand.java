package org.oic.diwan.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.oic.diwan.audit.AuditEntry;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.audit.Checkpoints;
import org.oic.diwan.audit.TrailVerifier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./diwan audit verify | checkpoint | export}: the audit trail, for auditors and operators. */
@Command(
        name = "audit",
        description = "The audit trail: verify it, sign a checkpoint, export it.",
        mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class, AuditCommand.Checkpoint.class, AuditCommand.Export.class})
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Verifies every entry's hash, the sequence and the signed checkpoints; names each entry found",
        "modified, deleted, inserted or moved. Exit code 0 when intact, 1 when not."})
    static final class Verify implements Callable<Integer> {

        @Mixin
        DataFolderOption dataFolder;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                TrailVerifier.Report report = context.getBean(TrailVerifier.class).verify();
                PrintStream out = System.out;
                for (TrailVerifier.Problem problem : report.problems()) {
                    out.printf("%-10s %s%n", problem.kind().name().toLowerCase(java.util.Locale.ROOT), problem.message());
                }
                out.printf("%s: %d entries (last %d), last signed checkpoint %s%n",
                        report.intact() ? "intact" : "NOT INTACT", report.entries(), report.lastSeq(),
                        report.lastCheckpoint() == null ? "none" : "at entry " + report.lastCheckpoint());
                return report.intact() ? 0 : 1;
            }
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = "Signs the trail's current end now (the server does it every few minutes).")
    static final class Checkpoint implements Callable<Integer> {

        @Mixin
        DataFolderOption dataFolder;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                var made = context.getBean(Checkpoints.class).sign();
                System.out.println(made.map(c -> "signed entry " + c.seq() + " " + c.hash()).orElse("nothing new to sign"));
                return 0;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the trail to the standard output.")
    static final class Export implements Callable<Integer> {

        @Mixin
        DataFolderOption dataFolder;

        @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or csv.")
        String format;

        @Option(names = "--from", defaultValue = "1", description = "First entry (default: ${DEFAULT-VALUE}).")
        long from;

        @Override
        public Integer call() {
            if (!format.equals("jsonl") && !format.equals("csv")) {
                System.err.println("diwan audit export: --format must be jsonl or csv");
                return 2;
            }
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                JsonMapper json = context.getBean(JsonMapper.class);
                PrintStream out = System.out;
                if (format.equals("csv")) {
                    out.println(AuditEntry.CSV_HEADER);
                }
                context.getBean(AuditTrail.class).forEach(from, e -> out.println(format.equals("csv") ? e.csv() : json.writeValueAsString(e)));
                return 0;
            }
        }
}
}
