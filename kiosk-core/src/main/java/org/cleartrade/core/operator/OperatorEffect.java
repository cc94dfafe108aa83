package org.cleartrade.core.operator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * What an operator console step asks the outside world to do. {@link OperatorConsole} only returns
 * effects; {@link OperatorEffects} runs them against the ports and answers with a {@link
 * ConsoleAnswer}.
 */
public sealed interface OperatorEffect extends org.cleartrade.core.machine.Effect {

    /**
     * Calls the handler's method for this effect; {@link Handler} has one method per effect, so an
     * effect without a handler does not compile.
     */
    <R> R accept(Handler<R> handler);

    /** Runs each kind of effect. */
    interface Handler<R> {
        R checkPin(CheckPin effect);

        R unlatch(Unlatch effect);

        R lock(Lock effect);

        R signManifest(SignManifest effect);

        R printManifest(PrintManifest effect);

        R reprint(Reprint effect);

        R selfTest(SelfTest effect);

        R export(Export effect);
    }

    /** Checks a PIN (and charges the attempt to the id); the PIN is wiped once checked. */
    record CheckPin(String operatorId, char[] pin) implements OperatorEffect {
        @Override
        public boolean physical() {
            return false;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.checkPin(this);
        }

        @Override
        public String toString() {
            return "CheckPin[operatorId=" + operatorId + "]";
        }
    }

    /** Reads the bin, then unlatches it. */
    record Unlatch(int bin) implements OperatorEffect {
        @Override
        public boolean physical() {
            return true;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.unlatch(this);
        }
    }

    /**
     * Locks the bin and waits for the bolt.
     *
     * @param leaveIfOpen at an idle sign-out: a bin whose door is not known to be closed is left as it
     *     is, not commanded
     */
    record Lock(int bin, boolean leaveIfOpen) implements OperatorEffect {
        @Override
        public boolean physical() {
            return true;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.lock(this);
        }
    }

    /** Signs the manifest's canonical text with the kiosk's key. */
    record SignManifest(CustodyManifest manifest) implements OperatorEffect {
        @Override
        public boolean physical() {
            return false;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.signManifest(this);
        }
    }

    record PrintManifest(CustodyManifest manifest, ManifestSigner.Signature signature) implements OperatorEffect {
        @Override
        public boolean physical() {
            return true;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.printManifest(this);
        }
    }

    /** Prints a trade's receipts again. */
    record Reprint(String tradeId) implements OperatorEffect {
        @Override
        public boolean physical() {
            return true;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.reprint(this);
        }
    }

    /** Prints a test slip and cycles every empty bin not in {@code occupiedBins}. */
    record SelfTest(Set<Integer> occupiedBins) implements OperatorEffect {
        public SelfTest {
            occupiedBins = Set.copyOf(occupiedBins);
        }

        @Override
        public boolean physical() {
            return true;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.selfTest(this);
        }
    }

    /** Writes the records of {@code [from, to)} under {@code target}. */
    record Export(Instant from, Instant to, Path target) implements OperatorEffect {
        @Override
        public boolean physical() {
            return false;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.export(this);
        }
    }
}
