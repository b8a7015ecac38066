package io.github.sipstatus.yaml;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser with the two limits a table needs enforced on its events, where each event still
 * knows its line and column. SnakeYAML's own limits (nesting depth, aliases for collections) throw
 * without a position, so they stay only as a backstop behind these.
 *
 * <p>Every event is inspected once, the first time the composer peeks at it: the composer counts
 * depth before it takes an event, so checking only in {@code getEvent} would come too late.
 */
final class BoundedEvents implements Parser {

    private final Parser events;
    private final int maxNesting;
    private final Map<String, Mark> anchors = new HashMap<>();
    private Event inspected;
    private int depth;

    BoundedEvents(Parser events, int maxNesting) {
        this.events = events;
        this.maxNesting = maxNesting;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        inspect(events.peekEvent());
        return events.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return inspect(events.peekEvent());
    }

    @Override
    public Event getEvent() {
        inspect(events.peekEvent());
        return events.getEvent();
    }

    private Event inspect(Event event) {
        if (event == null || event == inspected) {
            return event;
        }
        inspected = event;
        if (event.is(Event.ID.SequenceStart) || event.is(Event.ID.MappingStart)) {
            depth++;
            if (depth > maxNesting) {
                throw new LimitCrossed("nested deeper than a table ever needs (more than " + maxNesting
                        + " levels; a table uses four)", event.getStartMark());
            }
        } else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
            depth--;
        }
        if (event instanceof AliasEvent) {
            // Refused at the first alias, before the composer can expand it: that is what makes a
            // "billion laughs" document cheap to reject and precise to report.
            String name = ((AliasEvent) event).getAnchor();
            Mark anchor = anchors.get(name);
            String where = anchor == null ? "" : " (anchor &" + name + " is at line " + (anchor.getLine() + 1) + ")";
            throw new LimitCrossed("alias *" + name + ": anchors and aliases (&name, *name) are not supported;"
                    + " write the value out where it is used" + where, event.getStartMark());
        }
        if (event instanceof NodeEvent && ((NodeEvent) event).getAnchor() != null) {
            // An anchor alone is harmless; NodeReader reports it at its position with the file's other problems.
            anchors.put(((NodeEvent) event).getAnchor(), event.getStartMark());
        }
        return event;
    }

    /** A limit crossed at a position: reported like any other marked YAML problem. */
    static final class LimitCrossed extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        LimitCrossed(String problem, Mark mark) {
            super(null, null, problem, mark);
        }
    }
}
