package org.cleartrade.deviceio.dock.android;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;

/**
 * The accounts in {@code dumpsys account}: per user an {@code Accounts: N} line followed by
 * {@code Account {name=..., type=...}} lines. Only the count and the account types are kept: the
 * names are e-mail addresses and never leave this class.
 */
public record AccountList(int count, Set<String> types) {

    static final String GOOGLE = "com.google";
    private static final Map<String, String> FRIENDLY = Map.of(
            GOOGLE,
            "Google",
            "com.osp.app.signin",
            "Samsung account",
            "com.xiaomi",
            "Xiaomi account",
            "com.huawei.hwid",
            "HUAWEI ID");
    private static final Pattern HEADER = Pattern.compile("^\\s*Accounts: (\\d+)\\s*$");
    private static final Pattern ACCOUNT = Pattern.compile("^\\s*Account \\{name=.*, type=([^,}\\s]+)}\\s*$");

    public AccountList {
        types = Set.copyOf(types);
    }

    /** Empty when the output has no {@code Accounts:} header, so nothing can be concluded. */
    public static Optional<AccountList> parse(String output) {
        boolean headerSeen = false;
        int declared = 0;
        int listed = 0;
        Set<String> types = new TreeSet<>();
        for (String line : output.split("\r?\n")) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                headerSeen = true;
                declared += Integer.parseInt(header.group(1).length() > 6 ? "999999" : header.group(1));
                continue;
            }
            Matcher account = ACCOUNT.matcher(line);
            if (account.matches()) {
                listed++;
                types.add(account.group(1));
            }
        }
        return headerSeen ? Optional.of(new AccountList(Math.max(declared, listed), types)) : Optional.empty();
    }

    public boolean hasGoogleAccount() {
        return types.contains(GOOGLE);
    }

    static Check accountsCheck(Optional<AccountList> accounts) {
        if (accounts.isEmpty()) {
            return new Check(
                    Kind.ACCOUNTS_SIGNED_OUT,
                    Verdict.UNVERIFIED,
                    "Could not verify accounts: unrecognised dumpsys account output");
        }
        AccountList list = accounts.get();
        if (list.count() == 0) {
            return new Check(Kind.ACCOUNTS_SIGNED_OUT, Verdict.PASS, "No accounts are signed in");
        }
        return new Check(
                Kind.ACCOUNTS_SIGNED_OUT,
                Verdict.FAIL,
                list.count() + " account(s) still signed in: " + list.describeTypes());
    }

    static Check frpCheck(Optional<AccountList> accounts, SystemProperties props) {
        if (accounts.isEmpty()) {
            return new Check(
                    Kind.FACTORY_RESET_PROTECTION_OFF,
                    Verdict.UNVERIFIED,
                    "Could not verify Factory Reset Protection: accounts unreadable");
        }
        boolean frpPartition = props.get("ro.frp.pst").isPresent();
        if (accounts.get().hasGoogleAccount()) {
            return new Check(
                    Kind.FACTORY_RESET_PROTECTION_OFF,
                    Verdict.FAIL,
                    "A Google account is signed in: Factory Reset Protection would lock the phone after a reset");
        }
        return new Check(
                Kind.FACTORY_RESET_PROTECTION_OFF,
                Verdict.PASS,
                frpPartition
                        ? "No Google account: Factory Reset Protection is not armed"
                        : "No Google account and no FRP partition declared");
    }

    private String describeTypes() {
        return types.isEmpty()
                ? "unknown type"
                : String.join(
                        ", ",
                        types.stream().map(t -> FRIENDLY.getOrDefault(t, t)).toList());
    }
}
