package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.deviceio.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinSecurityTest {

    private static final int TEST_ITERATIONS = 1_000;
    private final Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(TEST_ITERATIONS, new SecureRandom());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final InMemoryOperatorAccounts accounts = new InMemoryOperatorAccounts();

    @Test
    void aHashedPinMatchesOnlyItself() {
        PinHash stored = hasher.hash("482916".toCharArray());

        assertThat(hasher.matches("482916".toCharArray(), stored)).isTrue();
        assertThat(hasher.matches("482917".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePinHashesDifferentlyEachTime() {
        assertThat(hasher.hash("482916".toCharArray())).isNotEqualTo(hasher.hash("482916".toCharArray()));
    }

    @Test
    void aStoredHashSurvivesItsTextFormAndKeepsItsCost() {
        PinHash stored = new Pbkdf2PinHasher(Pbkdf2PinHasher.RECOMMENDED_ITERATIONS, new SecureRandom())
                .hash("482916".toCharArray());

        PinHash parsed = PinHash.parse(stored.encode());

        assertThat(parsed).isEqualTo(stored);
        assertThat(parsed.iterations()).isEqualTo(600_000);
        assertThat(stored.encode()).startsWith("pbkdf2-sha256$600000$");
        assertThat(hasher.matches("482916".toCharArray(), parsed)).isTrue();
    }

    @Test
    void aMalformedHashIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$600000$%%%$secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PinHash.parse("md5$1$a$b")).hasMessage("not a pbkdf2-sha256 PIN hash");
    }

    @ParameterizedTest
    @CsvSource({"12345", "1234567890123", "12345a", "'      '"})
    void pinsMustBeSixToTwelveDigits(String pin) {
        assertThatThrownBy(() -> hasher.hash(pin.toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} failures lock for {1} s")
    @CsvSource({"1, 0", "2, 0", "3, 30", "4, 60", "5, 120", "6, 240", "7, 480", "8, 900", "30, 900"})
    void lockoutBacksOffAfterThreeFailures(int failures, long lockedSeconds) {
        Instant now = clock.instant();
        LoginState state = LoginState.CLEAN;
        for (int i = 0; i < failures; i++) {
            state = LockoutPolicy.DEFAULT.afterFailure(state, now);
        }

        Duration locked =
                state.lockedUntil().map(until -> Duration.between(now, until)).orElse(Duration.ZERO);

        assertThat(locked).isEqualTo(Duration.ofSeconds(lockedSeconds));
    }

    @Test
    void threeWrongPinsLockThePadEvenForTheRightPin() {
        accounts.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
        PinLogin login = new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, clock);

        assertThat(login.attempt("ann", "111111".toCharArray())).isEqualTo(new PinLogin.Result.Refused(1));
        assertThat(login.attempt("ann", "222222".toCharArray())).isEqualTo(new PinLogin.Result.Refused(0));
        assertThat(login.attempt("ann", "333333".toCharArray()))
                .isEqualTo(new PinLogin.Result.LockedOut(clock.instant().plusSeconds(30)));
        assertThat(login.attempt("ann", "482916".toCharArray())).isInstanceOf(PinLogin.Result.LockedOut.class);

        clock.advance(Duration.ofSeconds(30));

        assertThat(login.attempt("ann", "482916".toCharArray())).isInstanceOf(PinLogin.Result.Granted.class);
        assertThat(accounts.loginState("ann")).isEqualTo(LoginState.CLEAN);
    }

    @Test
    void unknownIdsAreRefusedAndThrottledLikeKnownOnes() {
        PinLogin login = new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, clock);

        login.attempt("mallory", "123456".toCharArray());
        login.attempt("mallory", "123457".toCharArray());
        PinLogin.Result third = login.attempt("mallory", "123458".toCharArray());

        assertThat(third).isInstanceOf(PinLogin.Result.LockedOut.class);
        assertThat(accounts.loginState("mallory").lockedUntil())
                .isEqualTo(Optional.of(clock.instant().plusSeconds(30)));
    }

    @Test
    void parallelGuessesAreCountedOneByOneAndStopAtTheLock() throws Exception {
        accounts.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
        PinLogin login = new PinLogin(
                accounts, hasher, LockoutPolicy.DEFAULT, new PinPadThrottle(100, Duration.ofMinutes(10)), clock);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        java.util.List<PinLogin.Result> results;
        try {
            java.util.List<java.util.concurrent.Callable<PinLogin.Result>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String guess = String.format("%06d", 100_000 + i);
                guesses.add(() -> login.attempt("ann", guess.toCharArray()));
            }
            results = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(guesses)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results)
                .filteredOn(r -> r instanceof PinLogin.Result.Refused)
                .hasSize(2);
        assertThat(results)
                .filteredOn(r -> r instanceof PinLogin.Result.LockedOut)
                .hasSize(22);
        assertThat(accounts.loginState("ann").consecutiveFailures()).isEqualTo(3);
    }

    @Test
    void thePadPausesAfterFiveWrongPinsForAnyIdsAndLocksNoIdWhilePaused() {
        PinLogin login = new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, clock);
        for (String id : java.util.List.of("ann", "bob", "cy", "dee", "eve")) {
            login.attempt(id, "111111".toCharArray());
        }

        PinLogin.Result sixth = login.attempt("fay", "111111".toCharArray());

        assertThat(sixth)
                .isEqualTo(new PinLogin.Result.PadPaused(clock.instant().plus(Duration.ofMinutes(10))));
        assertThat(accounts.loginState("fay")).isEqualTo(LoginState.CLEAN);
        clock.advance(Duration.ofMinutes(10));
        assertThat(login.attempt("fay", "111111".toCharArray())).isEqualTo(new PinLogin.Result.Refused(1));
    }

    @Test
    void aRightPinForgivesTheSlipsBeforeIt() {
        accounts.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
        PinPadThrottle pad = new PinPadThrottle(2, Duration.ofMinutes(10));
        PinLogin login = new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, pad, clock);
        login.attempt("bob", "111111".toCharArray());

        assertThat(login.attempt("ann", "482916".toCharArray())).isInstanceOf(PinLogin.Result.Granted.class);
        assertThat(pad.pausedUntil(clock.instant())).isEmpty();
    }

    @Test
    void aMalformedIdIsRefusedWithoutReachingStorage() {
        PinLogin login = new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, clock);

        PinLogin.Result result = login.attempt("x".repeat(5_000) + "'; DROP TABLE operators", "123456".toCharArray());

        assertThat(result).isEqualTo(new PinLogin.Result.Refused(2));
        assertThat(accounts.loginState("x".repeat(5_000) + "'; DROP TABLE operators"))
                .isEqualTo(LoginState.CLEAN);
    }

    @Test
    void thePinBufferIsWipedAfterAnAttempt() {
        accounts.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
        PinLogin login = new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, clock);
        char[] pin = "482916".toCharArray();

        login.attempt("ann", pin);

        assertThat(new String(pin)).isEqualTo("\0\0\0\0\0\0");
    }

    @ParameterizedTest
    @CsvSource({
        "490154203237518, IMEI",
        "' 490154203237518\r\n', IMEI",
        "R58N12ABCDE, SERIAL",
        "490154203237519, UNREADABLE",
        "'49015420;DROP TABLE', UNREADABLE",
        "'', UNREADABLE",
        "'\u202e490154203237518', UNREADABLE"
    })
    void scannedCodesAreValidatedBeforeUse(String raw, String kind) {
        ScannedCode code = ScannedCode.parse(raw);

        assertThat(code.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT))
                .isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "'', NOTHING_SCANNED",
        "'   ', NOTHING_SCANNED",
        "490154203237519, WRONG_CHECK_DIGIT",
        "'49015420;DROP TABLE', FOREIGN_CHARACTERS",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, TOO_LONG"
    })
    void aRefusedScanSaysWhy(String raw, ScannedCode.Reason reason) {
        assertThat(ScannedCode.parse(raw)).isEqualTo(new ScannedCode.Unreadable(reason));
    }

    @Test
    void anOverlongScanIsRefused() {
        assertThat(ScannedCode.parse("9".repeat(10_000))).isInstanceOf(ScannedCode.Unreadable.class);
    }
}
