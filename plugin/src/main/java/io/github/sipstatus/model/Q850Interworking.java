package io.github.sipstatus.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The table's interworking with the phone network (RFC 3398): its Q.850 causes, each with the SIP
 * response it maps to (§7.2.4.1), and, for the codes the table maps itself, the cause each maps to
 * (§8.2.6.1). The RFC's defaults are applied here, in {@link #causeOf(int)}, so that generated code
 * and documentation agree on them.
 *
 * @param causes     the causes, in cause order; empty when the table does not interwork
 * @param codeCauses the cause of each code the table maps explicitly; an empty value means "no cause"
 *                   (RFC 3398 gives 487 none), a code not listed gets the RFC's default
 */
public record Q850Interworking(List<Q850Cause> causes, Map<Integer, OptionalInt> codeCauses) {

    /** A table without a {@code causes} section. */
    public static final Q850Interworking NONE = new Q850Interworking(List.of(), Map.of());

    /**
     * Sorts the causes; copies both collections and refuses null codes or causes in the map.
     *
     * @param causes     the causes, in any order
     * @param codeCauses the cause of each code the table maps explicitly; an empty value means "no cause"
     */
    public Q850Interworking {
        List<Q850Cause> sorted = new ArrayList<>(causes);
        sorted.sort(new ByCause());
        causes = Collections.unmodifiableList(sorted);
        codeCauses = Collections.unmodifiableMap(new LinkedHashMap<>(codeCauses));
        for (Map.Entry<Integer, OptionalInt> entry : codeCauses.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "code");
            Objects.requireNonNull(entry.getValue(), "cause");
        }
    }

    /**
     * Whether the table interworks with the phone network at all.
     *
     * @return {@code true} when the table has no {@code causes}
     */
    public boolean isEmpty() {
        return causes.isEmpty();
    }

    /**
     * The table's entry for a cause value.
     *
     * @param cause a Q.850 cause value
     * @return its entry, or empty when the table does not list it
     */
    public Optional<Q850Cause> cause(int cause) {
        for (Q850Cause candidate : causes) {
            if (candidate.cause() == cause) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The cause a gateway sends for a final response with this code: the table's mapping, else RFC 3398
     * §8.2.6.1's default, 31 (Normal, unspecified), for a 4xx, 5xx or 6xx code. 1xx, 2xx and 3xx codes
     * have none: §8.2.6 maps only responses of 400 and above (for 3xx, §8.2.5 allows, but does not
     * prescribe, cause 23 after trying the Contacts).
     *
     * @param code a status code of the table
     * @return the cause value, or empty when the code maps to no cause
     */
    public OptionalInt causeOf(int code) {
        OptionalInt given = codeCauses.get(code);
        if (given != null) {
            return given;
        }
        return code >= 400 ? OptionalInt.of(Q850Cause.NORMAL_UNSPECIFIED) : OptionalInt.empty();
    }

    private static final class ByCause implements Comparator<Q850Cause> {
        @Override
        public int compare(Q850Cause a, Q850Cause b) {
            return Integer.compare(a.cause(), b.cause());
        }
    }
}
