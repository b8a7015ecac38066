/**
 * {@code sip-explain}, a support-desk tool built on the generated SIP status API: {@link
 * io.github.sipstatus.example.SipExplain} is the program, {@link io.github.sipstatus.example.Explanation} and
 * {@link io.github.sipstatus.example.Advice} say what a code means and what to do, {@link
 * io.github.sipstatus.example.ReportFormatter} writes it. Traces are read in {@code trace}, their header values
 * in {@code headers}, grouped into calls in {@code calls} and written in {@code report}.
 */
package io.github.sipstatus.example;
