package org.oic.diwan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}, shared by every command: the data folder, else {@code $DIWAN_DATA}, else {@code ./data}. */
final class DataFolderOption {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The data folder (default: $DIWAN_DATA, or ./data).")
    Path data;

    Path resolve() {
        if (data != null) {
            return data.toAbsolutePath().normalize();
        }
        String fromEnvironment = System.getenv("DIWAN_DATA");
        Path chosen = fromEnvironment != null && !fromEnvironment.isBlank() ? Path.of(fromEnvironment) : Path.of("data");
        return chosen.toAbsolutePath().normalize();
    }
}
