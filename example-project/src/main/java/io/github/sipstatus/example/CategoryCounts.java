package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatusCategory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many responses fell in each class, for the summary at the end of a run. */
public final class CategoryCounts {

    // EnumMap iterates in declaration order, so the summary always reads 1xx, 2xx, ... 6xx.
    private final Map<SipStatusCategory, Integer> counts = new EnumMap<>(SipStatusCategory.class);

    public void add(SipStatusCategory category) {
        counts.merge(category, 1, Integer::sum);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Only the classes that occurred, in class order. */
    public Map<SipStatusCategory, Integer> asMap() {
        return Collections.unmodifiableMap(counts);
    }
}
