/**
 * Reading traces: lenient decoding of the input's bytes ({@link io.github.sipstatus.example.trace.TraceDecoder}),
 * recognising the tool that wrote it ({@link io.github.sipstatus.example.trace.TraceFormat}), cutting it into the
 * stretches of SIP text each tool shows ({@link io.github.sipstatus.example.trace.Segmenter}), and finding the SIP
 * messages in those ({@link io.github.sipstatus.example.trace.MessageSplitter}, with
 * {@link io.github.sipstatus.example.trace.StartLines} deciding where a message may start).
 * {@link io.github.sipstatus.example.trace.TraceReader} puts these together.
 */
package io.github.sipstatus.example.trace;
