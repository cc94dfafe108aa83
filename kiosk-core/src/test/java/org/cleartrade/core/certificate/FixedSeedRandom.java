package org.cleartrade.core.certificate;

import java.security.SecureRandom;
import java.util.Random;

/** A SecureRandom that repeats a seeded sequence, so a sample key (and its signatures) is reproducible. */
final class FixedSeedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final transient Random sequence;

    FixedSeedRandom(long seed) {
        this.sequence = new Random(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        sequence.nextBytes(bytes);
    }
}
