/**
 * Problems found in a user's input, each pinned to {@code file:line:column}.
 *
 * <p>Every stage collects its problems here instead of throwing the first one, so a user fixes a
 * table in one edit cycle. Nothing in this package knows about YAML or Maven.
 */
package io.github.sipstatus.diagnostics;
