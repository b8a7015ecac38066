package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.Position;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Which entry keeps a constant name that two want, codes' or causes': the first to claim it. The
 * caller orders the claims, the base's first (they were there first), then the file's in file order.
 */
final class ConstantClaims {

    /** An entry that wants a constant name. */
    interface Claim {
        /** The code or cause value. */
        int number();

        String constantName();

        /** Where the constant is written or derived from; null when the entry keeps the base's. */
        Node constantAt();

        /** Where the base has the entry; asked only of one that keeps the base's constant. */
        Position baseAt(BaseTable base);

        /** How messages about the entry start: {@code "code 486: "}. */
        String context();
    }

    private ConstantClaims() {}

    /**
     * Reports every claim of a name that an earlier claim has, at the claim, naming both places.
     *
     * @param kind {@code code} or {@code cause}, as messages name the entries
     * @param base the table extended, or null (then every claim has a position in this file)
     * @return the numbers of the entries that lost their claim
     */
    static Set<Integer> clashing(List<? extends Claim> claims, String kind, NodeReader reader, BaseTable base) {
        Map<String, Claim> owners = new HashMap<>();
        Set<Integer> clashing = new HashSet<>();
        for (Claim claim : claims) {
            Claim first = owners.putIfAbsent(claim.constantName(), claim);
            if (first != null) {
                String where = first.constantAt() != null ? "line " + reader.line(first.constantAt()) : base.at(first.baseAt(base));
                reader.error(claim.constantAt(), claim.context() + "constant " + claim.constantName()
                        + " is also the constant of " + kind + " " + first.number() + " (" + where
                        + "); give one of them its own name with 'constant'");
                clashing.add(claim.number());
            }
        }
        return clashing;
    }
}
