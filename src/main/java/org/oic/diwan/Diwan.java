package org.oic.diwan;

import org.oic.diwan.cli.DiwanCommand;

/** The entry point of the jar: the command line, which starts the server or runs a command. */
public final class Diwan {

    private Diwan() {}

    public static void main(String[] args) {
        int exit = DiwanCommand.run(args);
        if (exit != DiwanCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
