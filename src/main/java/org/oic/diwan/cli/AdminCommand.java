package org.oic.diwan.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.oic.diwan.access.People;
import org.oic.diwan.access.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./diwan admin create USERNAME}: the first administrator (there is no default password anywhere). */
@Command(name = "admin", description = "Accounts, from the command line of the server's machine.", mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.Create.class})
final class AdminCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = {
        "Creates an account (by default an administrator of the General Secretariat) and prints its",
        "one-time password, to be changed at the first sign-in."})
    static final class Create implements Callable<Integer> {

        @Mixin
        DataFolderOption dataFolder;

        @Parameters(paramLabel = "USERNAME", description = "Lower-case letters, digits, . _ @ -")
        String username;

        @Option(names = "--name", description = "The name shown (default: the username).")
        String displayName;

        @Option(names = "--organization", defaultValue = "GS-IT", description = "Organization code (default: ${DEFAULT-VALUE}).")
        String organization;

        @Option(names = "--role", split = ",", defaultValue = "administrator",
                description = "Roles: reader, registry-clerk, editor, publisher, focal-point, auditor, administrator (default: ${DEFAULT-VALUE}).")
        java.util.List<String> roles;

        @Override
        public Integer call() {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            try {
                roles.forEach(r -> chosen.add(Role.ofCode(r)));
            } catch (IllegalArgumentException e) {
                System.err.println("diwan admin create: unknown role in " + roles);
                return 2;
            }
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                People.Created created = context.getBean(People.class).create(username,
                        displayName == null ? username : displayName, organization, chosen, "operator");
                System.out.println("Created " + created.person().username() + " (" + organization + ", "
                        + String.join(", ", chosen.stream().map(Role::code).toList()) + ")");
                System.out.println("One-time password: " + created.oneTimePassword());
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("diwan admin create: " + e.getMessage());
                return 2;
            }
        }
    }
}
