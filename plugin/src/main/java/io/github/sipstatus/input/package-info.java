/**
 * What a goal reads, before anything is parsed: the table its parameters choose (one of the tables
 * built into the plugin, or the user's own file) and the files they name, as bytes, with a clear
 * message when a parameter names nothing readable. {@code yaml} makes a model of them.
 */
package io.github.sipstatus.input;
