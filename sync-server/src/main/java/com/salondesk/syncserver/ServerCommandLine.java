package com.salondesk.syncserver;

import com.salondesk.persistence.tools.BuildVersion;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The sync server's command line (PROTOCOL.md "Administration"), parsed by picocli into one
 * {@link ServerCommand}; {@code --help} on the top and on every command prints its usage.
 */
final class ServerCommandLine {

    private static final String ROOT = "salondesk-sync-server";

    private ServerCommandLine() {
    }

    /** One command the executable can run, with its options. */
    sealed interface ServerCommand permits Serve, TenantCreate, DeviceEnrol, DeviceList, DeviceRevoke {
    }

    /** What the command line asked for. */
    sealed interface Request {
    }

    /** {@code --help} or {@code --version} was asked for and its text printed to standard output. */
    record HelpShown() implements Request {
    }

    /** Run {@code command} with the settings of {@code configFile} (if given) and the environment. */
    record Run(ServerCommand command, Optional<Path> configFile) implements Request {
    }

    /** The words given are not a command line this executable understands; {@code usage} says what is. */
    static final class UsageError extends Exception {
        private final String usage;

        UsageError(String message, String usage) {
            super(message);
            this.usage = usage;
        }

        String usage() {
            return usage;
        }
    }

    /** Parses {@code args}; help or the version asked for is printed to {@code out}. */
    static Request parse(String[] args, PrintStream out) throws UsageError {
        CommandLine root = new CommandLine(new Root());
        root.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        // Wide enough that the longest command line of the overview stays on one line.
        root.setUsageHelpWidth(110);
        ParseResult result;
        try {
            result = root.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UsageError(explain(e), e.getCommandLine().getUsageMessage());
        }
        if (CommandLine.printHelpIfRequested(result)) {
            return new HelpShown();
        }
        Optional<Path> config = Optional.empty();
        ParseResult leaf = result;
        while (true) {
            Path given = leaf.matchedOptionValue("--config", null);
            if (given != null) {
                config = Optional.of(given);
            }
            if (!leaf.hasSubcommand()) {
                break;
            }
            leaf = leaf.subcommand();
        }
        CommandLine command = leaf.commandSpec().commandLine();
        if (!(command.getCommand() instanceof ServerCommand chosen)) {
            String message = command == root ? "no command given"
                    : "'" + path(command) + "' needs one of: " + String.join(", ", command.getSubcommands().keySet());
            throw new UsageError(message, command.getUsageMessage());
        }
        for (ArgSpec arg : leaf.commandSpec().requiredArgs()) {
            if (arg instanceof OptionSpec option && option.getValue() instanceof String value && value.isBlank()) {
                throw new UsageError(needs(command, option), command.getUsageMessage());
            }
        }
        return new Run(chosen, config);
    }

    /** picocli's messages name its own notation; these say in plain words what is wrong. */
    private static String explain(CommandLine.ParameterException e) {
        CommandLine at = e.getCommandLine();
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().getFirst() instanceof OptionSpec option) {
            return option.required() ? needs(at, option) : "option " + option.longestName() + " needs a value";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().getFirst();
            if (!word.startsWith("-") && !at.getSubcommands().isEmpty()) {
                String command = at == at.getCommandSpec().root().commandLine() ? word : path(at) + " " + word;
                return "unknown command '" + command + "'";
            }
            return word.startsWith("-") ? "'" + path(at) + "' has no option " + word
                    : "'" + path(at) + "' does not take '" + word + "'";
        }
        return e.getMessage();
    }

    private static String needs(CommandLine command, OptionSpec option) {
        return "'" + path(command) + "' needs " + option.longestName();
    }

    /** The command's words without the executable's name, e.g. {@code device list}. */
    private static String path(CommandLine command) {
        String qualified = command.getCommandSpec().qualifiedName(" ");
        return qualified.equals(ROOT) ? ROOT : qualified.substring(ROOT.length() + 1);
    }

    @Command(name = ROOT, subcommands = {Serve.class, Tenant.class, Device.class}, versionProvider = Version.class,
            description = "The SalonDesk sync server and the headquarters commands for tenants and desks.",
            footer = {"",
                    "Command lines:",
                    "  serve                                   run the sync server",
                    "  tenant create --id <tenantId> --name <name>",
                    "  device enrol --tenant <tenantId> --branch <branchId> --device <deviceId> --name <display name>",
                    "  device list --tenant <tenantId>",
                    "  device revoke --device <deviceId>",
                    "Settings come from the --config file (or SALONDESK_CONFIG) and SALONDESK_* environment variables.",
                    "Exit status: 0 done, 1 refused, 2 usage error, 3 invalid configuration, 4 database unavailable."})
    static final class Root extends Options {
        @Option(names = {"-V", "--version"}, versionHelp = true,
                description = "print the version (SalonDesk <version>, as the desk's) and exit")
        boolean version;
    }

    /** The line {@code --version} prints, e.g. {@code SalonDesk 0.1.0}: the same words as the desk's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {line()};
        }

        static String line() {
            return BuildVersion.line();
        }
    }

    /** The options every command takes. */
    abstract static class Options {
        @Option(names = "--config", paramLabel = "<file>", scope = ScopeType.INHERIT,
                description = "properties file with the server's settings (default: SALONDESK_CONFIG)")
        Path config;

        @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
                description = "show this help and exit")
        boolean help;
    }

    @Command(name = "serve", description = "Run the sync server until it is stopped (Ctrl+C or SIGTERM).")
    static final class Serve implements ServerCommand {
    }

    @Command(name = "tenant", subcommands = TenantCreate.class, description = "Manage tenants (salon chains).")
    static final class Tenant {
    }

    @Command(name = "create", description = "Create a tenant.")
    static final class TenantCreate implements ServerCommand {
        @Option(names = "--id", required = true, paramLabel = "<tenantId>", description = "the tenant's id")
        String id;

        @Option(names = "--name", required = true, paramLabel = "<name>", description = "the tenant's name")
        String name;
    }

    @Command(name = "device", subcommands = {DeviceEnrol.class, DeviceList.class, DeviceRevoke.class},
            description = "Enrol, list and revoke the desks (devices) of a tenant.")
    static final class Device {
    }

    @Command(name = "enrol",
            description = "Enrol a desk; its token is printed once, on the last line of standard output.")
    static final class DeviceEnrol implements ServerCommand {
        @Option(names = "--tenant", required = true, paramLabel = "<tenantId>", description = "the desk's tenant")
        String tenant;

        @Option(names = "--branch", required = true, paramLabel = "<branchId>", description = "the desk's branch")
        String branch;

        @Option(names = "--device", required = true, paramLabel = "<deviceId>", description = "the desk's id")
        String device;

        @Option(names = "--name", required = true, paramLabel = "<display name>", description = "the desk's display name")
        String name;
    }

    @Command(name = "list", description = "One tab-separated line per desk of a tenant: id, branch, name, status, "
            + "last contact, last pulled position, lag.")
    static final class DeviceList implements ServerCommand {
        @Option(names = "--tenant", required = true, paramLabel = "<tenantId>", description = "the tenant")
        String tenant;
    }

    @Command(name = "revoke", description = "Revoke a desk; its token stops working at once.")
    static final class DeviceRevoke implements ServerCommand {
        @Option(names = "--device", required = true, paramLabel = "<deviceId>", description = "the desk's id")
        String device;
    }
}
