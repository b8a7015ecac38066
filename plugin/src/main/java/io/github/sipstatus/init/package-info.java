/**
 * The {@code init} goal's core: starts a project's own table, either one that extends a built-in table
 * with commented examples of a new and of a changed code, or a copy of the whole built-in table, and
 * puts the JSON Schema beside it for editors. Never overwrites a file. Reads through {@code input} and
 * {@code yaml}; free of Maven.
 */
package io.github.sipstatus.init;
