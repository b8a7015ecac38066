/**
 * The {@code check} goal's core: compares a table with the IANA registry (the built-in {@code iana}
 * table) and reports what it lacks, what it adds, and where it differs. Reads through {@code input}
 * and {@code yaml}, writes nothing.
 */
package io.github.sipstatus.check;
