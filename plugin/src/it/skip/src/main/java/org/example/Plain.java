package org.example;

/** Compiles only if the skipped goal still registered its output folder, where Earlier is. */
public final class Plain {
    public static final int BUSY = Earlier.BUSY_HERE;

    private Plain() {}
}
