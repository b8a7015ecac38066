/**
 * The Maven goals: thin adapters that gather parameters into a request, call the core, register the
 * generated folders with the project, and turn problems into one build failure.
 *
 * <p>The only package that imports Maven; nothing else may, so the core runs in a plain test.
 */
package io.github.sipstatus.maven;
