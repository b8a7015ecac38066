/**
 * Output for calls: {@link io.github.sipstatus.example.report.CallTextReport} for a person, in the user's
 * language, and {@link io.github.sipstatus.example.report.CallJsonReport} for a script, written with the small
 * {@link io.github.sipstatus.example.report.JsonWriter}.
 */
package io.github.sipstatus.example.report;
