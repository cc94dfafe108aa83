package org.cleartrade.core.operator;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code operator}: provisions the staff who may sign in at this kiosk.
 *
 * <pre>
 * operator add --id ID --name NAME --role operator|technician
 * operator unlock --id ID
 * </pre>
 *
 * <p>The PIN is never an argument (it would land in shell history and process lists): {@code add}
 * asks for it twice through a {@link PinPrompt}. {@code unlock} clears a lockout after the staff
 * member's identity was checked in person. Exit codes: 0 done, {@value #USAGE} bad arguments,
 * {@value #REFUSED} refused (PINs differ, unknown id, PIN not 6–12 digits).
 */
public final class OperatorCommand {

    public static final int USAGE = 64;
    public static final int REFUSED = 65;

    private static final String SYNOPSIS =
            "usage: operator add --id ID --name NAME --role operator|technician\n" + "       operator unlock --id ID";

    /** Reads a PIN without echo; {@link System#console()} in production. */
    public interface PinPrompt {
        char[] read(String prompt);
    }

    private final OperatorAccounts accounts;
    private final Pbkdf2PinHasher hasher;
    private final PinPrompt prompt;

    public OperatorCommand(OperatorAccounts accounts, Pbkdf2PinHasher hasher, PinPrompt prompt) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.prompt = prompt;
    }

    public int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            out.println(SYNOPSIS);
            return USAGE;
        }
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(SYNOPSIS);
            return USAGE;
        }
        return switch (args[0]) {
            case "add" -> add(options, out);
            case "unlock" -> unlock(options, out);
            default -> {
                out.println("unknown operator command: " + args[0]);
                out.println(SYNOPSIS);
                yield USAGE;
            }
        };
    }

    private int add(Map<String, String> options, PrintStream out) {
        Optional<Role> role = role(options.get("--role"));
        if (!options.containsKey("--id") || !options.containsKey("--name") || role.isEmpty()) {
            out.println("add needs --id, --name and --role operator|technician");
            return USAGE;
        }
        char[] first = prompt.read("New PIN (6-12 digits): ");
        char[] second = prompt.read("Repeat the PIN: ");
        try {
            if (!java.util.Arrays.equals(first, second)) {
                out.println("the two PINs differ; nothing was saved");
                return REFUSED;
            }
            OperatorAccount account =
                    new OperatorAccount(options.get("--id"), options.get("--name"), role.get(), hasher.hash(first));
            accounts.save(account);
            accounts.saveLoginState(account.operatorId(), LoginState.CLEAN);
            out.println("saved " + account.operatorId() + " ("
                    + account.role().name().toLowerCase(Locale.ROOT) + ")");
            return 0;
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage() + "; nothing was saved");
            return REFUSED;
        } finally {
            Pbkdf2PinHasher.wipe(first);
            Pbkdf2PinHasher.wipe(second);
        }
    }

    private int unlock(Map<String, String> options, PrintStream out) {
        String id = options.get("--id");
        if (id == null) {
            out.println("unlock needs --id");
            return USAGE;
        }
        if (accounts.find(id).isEmpty()) {
            out.println("no operator " + id);
            return REFUSED;
        }
        accounts.saveLoginState(id, LoginState.CLEAN);
        out.println("unlocked " + id);
        return 0;
    }

    private static Optional<Role> role(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            if (args[i].equals("--pin")) {
                throw new IllegalArgumentException(
                        "a PIN is never given on the command line; you will be asked for it");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
