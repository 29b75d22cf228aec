package org.oic.diwan.cli;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.oic.diwan.access.ApiTokens;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./diwan token issue | list | revoke}: API tokens for member states' and organs' systems. */
@Command(name = "token", description = "API tokens for other systems: issued to an organization, scoped, expiring, revocable.",
        mixinStandardHelpOptions = true, subcommands = {TokenCommand.Issue.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issues a token and prints its secret, once: it is kept only as a hash.")
    static final class Issue implements Callable<Integer> {
        @Mixin
        DataFolderOption dataFolder;

        @Option(names = "--organization", required = true, description = "Organization code (MS-SA, SUB-SESRIC...).")
        String organization;

        @Option(names = "--name", required = true, description = "What the token is for (the system's name).")
        String name;

        @Option(names = "--scope", split = ",", defaultValue = "read", description = "read, import, publish (default: ${DEFAULT-VALUE}).")
        List<String> scopes;

        @Option(names = "--days", defaultValue = "90", description = "Lifetime in days, at most 366 (default: ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() {
            Set<ApiTokens.Scope> chosen = EnumSet.noneOf(ApiTokens.Scope.class);
            try {
                scopes.forEach(s -> chosen.add(ApiTokens.Scope.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                System.err.println("diwan token issue: scopes are read, import and publish");
                return 2;
            }
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                ApiTokens.Issued issued = context.getBean(ApiTokens.class).issue(organization, name, chosen, Duration.ofDays(days), "operator");
                System.out.println("Token " + issued.token().id() + " for " + organization + ", " + chosen + ", until " + issued.token().expiresAt());
                System.out.println("Secret (shown once): " + issued.secret());
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("diwan token issue: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        DataFolderOption dataFolder;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                for (ApiTokens.Token t : context.getBean(ApiTokens.class).all()) {
                    System.out.printf("%s  %-10s %-30s %-14s until %s%s%n", t.id(), t.organization(), t.name(), t.scopes(), t.expiresAt(),
                            t.revokedAt() == null ? "" : "  REVOKED " + t.revokedAt());
                }
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        DataFolderOption dataFolder;

        @Parameters(paramLabel = "ID")
        UUID id;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
                boolean revoked = context.getBean(ApiTokens.class).revoke(id, "operator");
                System.out.println(revoked ? "revoked " + id : "no active token " + id);
                return revoked ? 0 : 1;
            }
        }
    }
}
