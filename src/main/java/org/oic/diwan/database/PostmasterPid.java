package org.oic.diwan.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL's {@code postmaster.pid} says: the server's process, port and state.
 *
 * <p>The file outlives a killed server, so whether the process it names is still the postmaster
 * of this data directory is checked against {@code /proc}, never assumed.
 */
record PostmasterPid(long pid, Path dataDirectory, int port, String status) {

    static Optional<PostmasterPid> readFrom(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4 || lines.get(0).isBlank() || lines.get(3).isBlank()) {
            return Optional.of(new PostmasterPid(-1, dataDirectory, -1, "unreadable"));
        }
        try {
            String status = lines.size() >= 8 ? lines.get(7).trim() : "starting";
            return Optional.of(new PostmasterPid(
                    Long.parseLong(lines.get(0).trim()),
                    Path.of(lines.get(1).trim()),
                    Integer.parseInt(lines.get(3).trim()),
                    status));
        } catch (NumberFormatException e) {
            return Optional.of(new PostmasterPid(-1, dataDirectory, -1, "unreadable"));
        }
    }

    /** True when the process named in the file is alive and is the postmaster of this data directory. */
    boolean isLive() {
        if (pid <= 0) {
            return false;
        }
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // The state follows the parenthesised command name; a zombie is dead for our purposes.
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            if (state == 'Z' || state == 'X') {
                return false;
            }
            Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
            return cwd.equals(dataDirectory.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    boolean isReady() {
        return "ready".equals(status);
    }
}
