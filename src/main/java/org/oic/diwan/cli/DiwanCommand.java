package org.oic.diwan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./diwan}: lists the subcommands, and runs the one asked for. */
@Command(
        name = "diwan",
        mixinStandardHelpOptions = true,
        versionProvider = DiwanCommand.Version.class,
        description = "Diwan: the registry of official documents and decisions, in Arabic, English and French.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            SearchCommand.class,
            ReindexCommand.class,
            TermsCommand.class,
            AuditCommand.class,
            AdminCommand.class,
            TokenCommand.class,
            ReadCommand.class,
            MandatesCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nLauncher commands (run by ./diwan itself, not by the jar):%n",
        footer = {
            "  test       Runs the whole test suite (./mvnw verify with a JDK >= 21).",
            "",
            "Every command takes --data DIR (default: $DIWAN_DATA, or ./data).",
            "An external PostgreSQL replaces the embedded one when DIWAN_DB_URL is set,",
            "with DIWAN_DB_USER and DIWAN_DB_PASSWORD."
        })
public final class DiwanCommand implements Runnable {

    /** Returned by a command that started the server: the JVM lives on with it. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The entry point of the jar: runs the command, then exits unless it started the server. */
    public static void main(String[] args) {
        int exit = run(args);
        if (exit != KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    /** Runs the command line and returns the exit code, or {@link #KEEP_RUNNING}. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new DiwanCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DiwanCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Diwan " + (version == null ? "(development build)" : version)};
        }
    }
}
