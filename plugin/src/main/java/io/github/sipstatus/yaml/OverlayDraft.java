package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.model.ResponseClass;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An overlay as read: texts for one locale, to lay over a table's.
 *
 * @param file      the overlay's file
 * @param locale    the one locale it adds or rewords
 * @param titles    category titles by class, with where each is written
 * @param codes     texts by code
 * @param titlesAt  where to point when the overlay lacks a title: its {@code categories} key, or the file
 * @param missingAt where to point when the overlay lacks a code's text: its {@code codes} key, or the file
 * @param causes    Q.850 cause messages by cause value
 * @param causesAt  where to point when the overlay lacks a cause's message: its {@code causes} key
 */
record OverlayDraft(
        String file,
        Locale locale,
        Map<ResponseClass, Located> titles,
        Map<Integer, OverlayCode> codes,
        Position titlesAt,
        Position missingAt,
        Map<Integer, Located> causes,
        Position causesAt) {

    record Located(String text, Position at) {}

    /** The texts an overlay gives one code; at least one of them is there. */
    record OverlayCode(Optional<String> message, Optional<String> hint, Position at) {}
}
