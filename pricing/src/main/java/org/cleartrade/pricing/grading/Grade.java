package org.cleartrade.pricing.grading;

/** Condition grades, best first. The rules that assign them are in {@code docs/pricing.md}. */
public enum Grade {
    A,
    B,
    C,
    D
}
