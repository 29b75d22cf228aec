package org.oic.diwan.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oic.diwan.search.TermBases;
import org.oic.diwan.search.TermProposals;
import org.oic.diwan.text.Language;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./diwan terms propose | accept}: grows the term base from the registry's own translations. */
@Command(
        name = "terms",
        description = "The trilingual term base: propose new entries from linked versions, accept reviewed ones.",
        mixinStandardHelpOptions = true,
        subcommands = {TermsCommand.Propose.class, TermsCommand.Accept.class})
final class TermsCommand {

    @Command(
            name = "propose",
            description = {
                "Proposes term-base entries from aligned paragraphs of linked versions (English with French",
                "and Arabic), best first, in the term base's format with the evidence as comments.",
                "Review the file, delete what is wrong, then: ./diwan terms accept FILE"
            },
            mixinStandardHelpOptions = true)
    static final class Propose implements Callable<Integer> {

        @Mixin
        DataFolderOption dataFolder;

        @Option(names = "--min", defaultValue = "3", description = "Aligned pairs that must show a phrase pair (default: ${DEFAULT-VALUE}).")
        int min;

        @Option(names = "--dice", defaultValue = "0.6", description = "Least Dice score, 0 to 1 (default: ${DEFAULT-VALUE}).")
        double dice;

        @Option(names = "--limit", defaultValue = "200", description = "At most this many proposals (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                List<TermProposals.Proposal> proposals = context.getBean(TermProposals.class).propose(min, dice, done -> {});
                Map<String, String[]> rows = new LinkedHashMap<>();
                for (TermProposals.Proposal p : proposals) {
                    String[] row = rows.computeIfAbsent(p.phrase(), k -> new String[] {"", "", ""});
                    int column = p.to() == Language.FR ? 1 : 2;
                    if (row[column].isEmpty()) {
                        row[column] = p.translation();
                        row[0] += "%s %d pairs, Dice %.2f; ".formatted(p.to().code(), p.together(), p.dice());
                    }
                    if (rows.size() >= limit) {
                        break;
                    }
                }
                StringBuilder text = new StringBuilder("# Proposed by ./diwan terms propose: review, delete what is wrong, then ./diwan terms accept FILE\n");
                rows.forEach((english, row) -> text.append("# ").append(row[0].strip()).append('\n')
                        .append(id(english)).append('\t').append(english).append('\t').append(row[1]).append('\t').append(row[2])
                        .append('\n'));
                if (out != null) {
                    Files.writeString(out, text, StandardCharsets.UTF_8);
                    System.err.printf("%d proposals written to %s%n", rows.size(), out);
                } else {
                    PrintStream stdout = System.out;
                    stdout.print(text);
                }
                return 0;
            }
        }

        private static String id(String english) {
            return "local-" + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    @Command(name = "accept", description = "Adds reviewed entries (term base format) to this registry's term base.",
            mixinStandardHelpOptions = true)
    static final class Accept implements Callable<Integer> {

        @Mixin
        DataFolderOption dataFolder;

        @Parameters(paramLabel = "FILE", description = "The reviewed proposals.")
        Path file;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                TermBases termBases = context.getBean(TermBases.class);
                int added = termBases.accept(file);
                System.err.printf("%d entries accepted into %s; searches use them from now on%n", added, termBases.acceptedFile());
                return 0;
            } catch (NoSuchFileException e) {
                System.err.println("diwan terms accept: no such file: " + file);
                return 2;
            } catch (IllegalArgumentException e) {
                System.err.println("diwan terms accept: " + e.getMessage() + "; nothing accepted");
                return 2;
            }
        }
    }
}
