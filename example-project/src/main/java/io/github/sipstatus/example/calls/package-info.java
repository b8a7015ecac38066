/**
 * Explaining calls: {@link io.github.sipstatus.example.calls.CallGrouper} groups a trace's messages by Call-ID
 * and CSeq into {@link io.github.sipstatus.example.calls.Call}s of
 * {@link io.github.sipstatus.example.calls.Exchange}s, each response explained as a
 * {@link io.github.sipstatus.example.calls.Response}, and decides each call's
 * {@link io.github.sipstatus.example.calls.Outcome}. The text of a Reason header's cause comes from
 * {@link io.github.sipstatus.example.calls.CauseTexts}.
 */
package io.github.sipstatus.example.calls;
