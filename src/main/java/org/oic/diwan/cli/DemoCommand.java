package org.oic.diwan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./diwan demo}: the server, with generated demo content imported on first start. */
@Command(
        name = "demo",
        description = "Starts the server with demo content: generated resolutions in Arabic, English and French,"
                + " imported on the first start of an empty data folder.",
        mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption dataFolder;

    @Mixin
    ServeCommand.ServerOptions server;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "120",
            description = "Demo documents to generate, each in three languages (default: ${DEFAULT-VALUE}).")
    int documents;

    @Override
    public Integer call() {
        SpringLauncher.server(dataFolder.resolve(), server.properties(List.of(
                "diwan.demo.enabled=true", "diwan.demo.documents=" + documents)));
        return DiwanCommand.KEEP_RUNNING;
    }
}
