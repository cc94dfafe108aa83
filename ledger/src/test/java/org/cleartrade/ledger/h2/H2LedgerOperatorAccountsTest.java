package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.operator.LockoutPolicy;
import org.cleartrade.core.operator.LoginState;
import org.cleartrade.core.operator.OperatorAccount;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.core.operator.PinLogin;
import org.cleartrade.core.operator.Role;
import org.cleartrade.ledger.testing.StepClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerOperatorAccountsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path folder;

    private final Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(1_000, new SecureRandom());

    @Test
    void anAccountRoundTripsWithItsHashedPin() {
        try (H2Ledger ledger = H2Ledger.open(folder, StepClock.startingAt("2026-11-23T09:00:00Z"))) {
            OperatorAccount ann =
                    new OperatorAccount("ann", "Ann Lee", Role.OPERATOR, hasher.hash("482916".toCharArray()));
            ledger.save(ann);

            OperatorAccount found = ledger.find("ann").orElseThrow();

            assertThat(found).isEqualTo(ann);
            assertThat(hasher.matches("482916".toCharArray(), found.pin())).isTrue();
            assertThat(ledger.find("bob")).isEmpty();
        }
    }

    @Test
    void savingAnAccountAgainReplacesItsRoleAndPin() {
        try (H2Ledger ledger = H2Ledger.open(folder, StepClock.startingAt("2026-11-23T09:00:00Z"))) {
            ledger.save(new OperatorAccount("ted", "Ted", Role.OPERATOR, hasher.hash("111111".toCharArray())));
            ledger.save(new OperatorAccount("ted", "Ted", Role.TECHNICIAN, hasher.hash("222222".toCharArray())));

            OperatorAccount ted = ledger.find("ted").orElseThrow();

            assertThat(ted.role()).isEqualTo(Role.TECHNICIAN);
            assertThat(hasher.matches("222222".toCharArray(), ted.pin())).isTrue();
        }
    }

    @Test
    void parallelWrongPinsOnTheRealLedgerLockTheIdAfterThreeAndCheckNoMore() throws Exception {
        try (H2Ledger ledger = H2Ledger.open(folder, StepClock.startingAt("2026-11-23T09:00:00Z"))) {
            ledger.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
            PinLogin login = new PinLogin(
                    ledger,
                    hasher,
                    LockoutPolicy.DEFAULT,
                    new org.cleartrade.core.operator.PinPadThrottle(100, java.time.Duration.ofMinutes(10)),
                    java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(24);
            java.util.List<PinLogin.Result> results = new java.util.ArrayList<>();
            try {
                java.util.List<java.util.concurrent.Callable<PinLogin.Result>> guesses = new java.util.ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    String guess = String.format("%06d", 100_000 + i);
                    guesses.add(() -> login.attempt("ann", guess.toCharArray()));
                }
                for (var result : pool.invokeAll(guesses)) {
                    results.add(result.get());
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(results)
                    .filteredOn(r -> r instanceof PinLogin.Result.LockedOut)
                    .hasSize(22);
            assertThat(ledger.loginState("ann").consecutiveFailures()).isEqualTo(3);
        }
    }

    @Test
    void aLockoutSurvivesClosingAndReopeningTheLedger() {
        StepClock clock = StepClock.startingAt("2026-11-23T09:00:00Z");
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            ledger.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
            PinLogin login = new PinLogin(ledger, hasher, LockoutPolicy.DEFAULT, clock);
            for (int i = 0; i < LockoutPolicy.DEFAULT.freeAttempts(); i++) {
                login.attempt("ann", "000000".toCharArray());
            }
            assertThat(ledger.loginState("ann").lockedUntil()).isPresent();
        }

        try (H2Ledger reopened = H2Ledger.open(folder, clock)) {
            LoginState state = reopened.loginState("ann");
            assertThat(state.consecutiveFailures()).isEqualTo(LockoutPolicy.DEFAULT.freeAttempts());
            PinLogin login = new PinLogin(reopened, hasher, LockoutPolicy.DEFAULT, clock);
            assertThat(login.attempt("ann", "482916".toCharArray())).isInstanceOf(PinLogin.Result.LockedOut.class);
        }
    }

    @Test
    void anUnknownIdStartsCleanAndIsThrottledToo() {
        try (H2Ledger ledger = H2Ledger.open(folder, StepClock.startingAt("2026-11-23T09:00:00Z"))) {
            assertThat(ledger.loginState("nobody")).isEqualTo(LoginState.CLEAN);

            ledger.saveLoginState("nobody", new LoginState(2, Optional.of(NOW)));

            assertThat(ledger.loginState("nobody")).isEqualTo(new LoginState(2, Optional.of(NOW)));
        }
    }

    @Test
    void aHostileIdIsJustAStringThatMatchesNothing() {
        try (H2Ledger ledger = H2Ledger.open(folder, StepClock.startingAt("2026-11-23T09:00:00Z"))) {
            ledger.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
            String hostile = "x' OR '1'='1'; DROP TABLE operators; --";

            assertThat(ledger.find(hostile)).isEmpty();
            assertThat(ledger.loginState(hostile)).isEqualTo(LoginState.CLEAN);
            ledger.saveLoginState(hostile, new LoginState(1, Optional.empty()));

            assertThat(ledger.find("ann")).isPresent();
            assertThat(ledger.loginState(hostile).consecutiveFailures()).isEqualTo(1);
            assertThat(ledger.loginState("ann")).isEqualTo(LoginState.CLEAN);
        }
    }

    @Test
    void anOversizedIdIsRefusedWithAClearErrorAndTheLedgerStaysUsable() {
        try (H2Ledger ledger = H2Ledger.open(folder, StepClock.startingAt("2026-11-23T09:00:00Z"))) {
            String huge = "9".repeat(5_000);

            assertThatThrownBy(() -> ledger.saveLoginState(huge, new LoginState(1, Optional.empty())))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageContaining("sign-in state");
            assertThat(ledger.verifyAuditChain().intact()).isTrue();
            assertThat(ledger.loginState("ann")).isEqualTo(LoginState.CLEAN);
        }
    }
}
