package org.cleartrade.ui.operator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.operator.OperatorAccount;
import org.cleartrade.core.operator.OperatorAccounts;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.core.operator.Role;

/**
 * Demo mode's two staff accounts, an operator and a technician, so a visitor can try the operator
 * screens. Their PINs are random per data folder, chosen on first start, stored hashed in the
 * ledger like any PIN, and kept in clear only in an owner-only file beside it that the demo panel
 * reads. Kiosk mode never creates them (real staff are added with {@code kiosk operator add}) and
 * {@link #retire}s them from a folder that ran in demo mode before.
 */
public final class DemoOperators {

    static final String FILE_NAME = "demo-operators.properties";
    static final String OPERATOR_ID = "demo-operator";
    static final String TECHNICIAN_ID = "demo-technician";

    /** A demo account and its PIN, shown on the demo side panel only. */
    public record Credential(String operatorId, Role role, String pin) {}

    private DemoOperators() {}

    /**
     * Returns the demo credentials, creating the accounts and the file on first start. A file whose
     * accounts are missing from the ledger (a fresh ledger in an old folder) is seeded again.
     */
    public static List<Credential> seed(
            OperatorAccounts accounts, Pbkdf2PinHasher hasher, Path file, SecureRandom random) {
        List<Credential> known = read(file);
        if (!known.isEmpty()
                && known.stream().allMatch(c -> accounts.find(c.operatorId()).isPresent())) {
            return known;
        }
        List<Credential> fresh = List.of(
                new Credential(OPERATOR_ID, Role.OPERATOR, randomPin(random)),
                new Credential(TECHNICIAN_ID, Role.TECHNICIAN, randomPin(random)));
        for (Credential c : fresh) {
            String name = c.role() == Role.OPERATOR ? "Demo operator" : "Demo technician";
            accounts.save(new OperatorAccount(
                    c.operatorId(), name, c.role(), hasher.hash(c.pin().toCharArray())));
        }
        write(file, fresh);
        return fresh;
    }

    /**
     * For a kiosk-mode start: deletes the demo accounts, if a demo run left them in this ledger, in
     * one audited commit, and deletes the PIN file. A demo PIN must never open a store kiosk.
     *
     * @return how many demo accounts were removed
     */
    public static int retire(Ledger ledger, OperatorAccounts accounts, Path file, Clock clock) {
        List<String> present = List.of(OPERATOR_ID, TECHNICIAN_ID).stream()
                .filter(id -> accounts.find(id).isPresent())
                .toList();
        if (!present.isEmpty()) {
            List<LedgerFact> facts = new ArrayList<>();
            present.forEach(id -> facts.add(new LedgerFact.OperatorRemoved(id, "kiosk mode: demo account")));
            facts.add(new LedgerFact.Audited("kiosk", "demo-accounts-removed", String.join(",", present)));
            ledger.commit(
                    new JournalEntry(
                            "OPS-demo-retired-" + clock.millis(),
                            1,
                            clock.instant(),
                            "SIGNED_OUT",
                            "DemoAccountsRemoved",
                            "SIGNED_OUT",
                            "phase=SIGNED_OUT",
                            true),
                    facts,
                    Ledger.Durability.SYNCED);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo staff file " + file, e);
        }
        return present.size();
    }

    private static List<Credential> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo staff file " + file, e);
        }
        List<Credential> credentials = new ArrayList<>();
        for (String id : List.of(OPERATOR_ID, TECHNICIAN_ID)) {
            String pin = p.getProperty(id + ".pin", "");
            if (!pin.matches("[0-9]{6}")) {
                return List.of();
            }
            credentials.add(new Credential(id, id.equals(OPERATOR_ID) ? Role.OPERATOR : Role.TECHNICIAN, pin));
        }
        return credentials;
    }

    private static void write(Path file, List<Credential> credentials) {
        Properties p = new Properties();
        for (Credential c : credentials) {
            p.setProperty(c.operatorId() + ".pin", c.pin());
            p.setProperty(c.operatorId() + ".role", c.role().name().toLowerCase(Locale.ROOT));
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, "Demo mode staff PINs; never used in kiosk mode");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo staff file " + file, e);
        }
    }

    private static String randomPin(SecureRandom random) {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }
}
