/**
 * Output for calls: {@link io.github.sipstatus.example.report.CallTextReport} for a person, in the user's
 * language, and {@link io.github.sipstatus.example.report.CallJsonReport} for a script, written with the small
 * {@link io.github.sipstatus.example.report.JsonWriter}; {@link io.github.sipstatus.example.report.CodeJsonReport}
 * is the script's output for codes given as arguments.
 */
package io.github.sipstatus.example.report;
