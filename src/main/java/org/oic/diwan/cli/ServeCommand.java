package org.oic.diwan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./diwan serve [--port N]}: the server, with whatever the data folder holds. */
@Command(name = "serve", description = "Starts the Diwan server (no demo content).", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption dataFolder;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        SpringLauncher.server(dataFolder.resolve(), server.properties(List.of()));
        return DiwanCommand.KEEP_RUNNING;
    }

    /** {@code --port} and {@code --host}, shared by the commands that start the server. */
    static final class ServerOptions {

        @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(
                names = "--host",
                paramLabel = "ADDRESS",
                defaultValue = "127.0.0.1",
                description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
        String host;

        List<String> properties(List<String> more) {
            var all = new java.util.ArrayList<String>();
            all.add("server.port=" + port);
            all.add("server.address=" + host);
            all.addAll(more);
            return all;
        }
    }
}
