package dev.shipshape.testkit.internal;

/** The range checks every configurable arbitrary makes, with one wording. */
public final class Ranges {

    private Ranges() {
    }

    /** How many of something to generate: {@code min} to {@code max}, inclusive. */
    record Count(int min, int max) {
        Count {
            if (min < 0 || min > max || max > 200) {
                throw new IllegalArgumentException("need 0 <= min <= max <= 200, got " + min + ".." + max);
            }
        }
    }

    /** Throws unless {@code min <= max}. */
    static <T extends Comparable<? super T>> void requireOrdered(T min, T max) {
        if (min == null || max == null) {
            throw new IllegalArgumentException("min and max must not be null");
        }
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }
}
