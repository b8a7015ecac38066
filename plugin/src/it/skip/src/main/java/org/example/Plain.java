package org.example;

/** Compiles without the generated API: proves the build goes on when generation is skipped. */
public final class Plain {
    private Plain() {}
}
