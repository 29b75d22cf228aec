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

/**
 * {@code ./diwan admin create USERNAME}: the first administrator (there is no default password
 * anywhere); {@code disable}, {@code enable} and {@code roles}: what an administrator changes, which
 * ends the person's open sessions at their next request.
 */
@Command(name = "admin", description = "Accounts, from the command line of the server's machine.", mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.Create.class, AdminCommand.Disable.class, AdminCommand.Enable.class, AdminCommand.Roles.class,
            AdminCommand.Contact.class})
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

    @Command(name = "disable", mixinStandardHelpOptions = true, description = {
        "Disables an account: it can no longer sign in, and its open sessions end at their next request."})
    static final class Disable implements Callable<Integer> {
        @Mixin
        DataFolderOption dataFolder;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            return change(dataFolder, "disable", context -> context.getBean(People.class).setEnabled(username, false, "operator"), "Disabled " + username);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account again.")
    static final class Enable implements Callable<Integer> {
        @Mixin
        DataFolderOption dataFolder;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            return change(dataFolder, "enable", context -> context.getBean(People.class).setEnabled(username, true, "operator"), "Enabled " + username);
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = {
        "Gives an account these roles (and no other); its open sessions end at their next request."})
    static final class Roles implements Callable<Integer> {
        @Mixin
        DataFolderOption dataFolder;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", split = ",", required = true,
                description = "Roles: reader, registry-clerk, editor, publisher, focal-point, auditor, administrator.")
        java.util.List<String> roles;

        @Override
        public Integer call() {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            try {
                roles.forEach(r -> chosen.add(Role.ofCode(r)));
            } catch (IllegalArgumentException e) {
                System.err.println("diwan admin roles: unknown role in " + roles);
                return 2;
            }
            return change(dataFolder, "roles", context -> context.getBean(People.class).assignRoles(username, chosen, "operator"),
                    username + ": " + String.join(", ", chosen.stream().map(Role::code).toList()));
        }
    }

    @Command(name = "contact", mixinStandardHelpOptions = true, description = {
        "Sets the e-mail address and language of an account: focal points receive reminders of their",
        "organization's follow-ups there, in that language."})
    static final class Contact implements Callable<Integer> {
        @Mixin
        DataFolderOption dataFolder;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--email", description = "The address (omit to remove it).")
        String email;

        @Option(names = "--language", defaultValue = "en", description = "ar, en or fr (default: ${DEFAULT-VALUE}).")
        String language;

        @Override
        public Integer call() {
            return change(dataFolder, "contact", context -> context.getBean(org.oic.diwan.access.Contacts.class)
                    .set(username, email, language, "operator"), username + ": " + (email == null ? "no address" : email) + ", " + language);
        }
    }

    private static int change(DataFolderOption dataFolder, String command, java.util.function.Consumer<ConfigurableApplicationContext> change,
            String done) {
        try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
            change.accept(context);
            System.out.println(done);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("diwan admin " + command + ": " + e.getMessage());
            return 2;
        }
    }
}
