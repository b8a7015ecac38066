package io.github.sipstatus.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.Tables;
import org.junit.jupiter.api.Test;

class RegistryComparisonTest {

    private static final StatusTable REGISTRY = Tables.load(Tables.minimal("""
              - {code: 202, reason: Accepted, rfc: 6665, deprecated: "use 200", message: {en: A, nl: A}}
              - {code: 486, reason: Busy Here, rfc: 3261, message: {en: B, nl: B}}
              - {code: 416, reason: Unsupported URI Scheme, rfc: 3261, message: {en: U, nl: U}}
              - {code: 422, reason: Session Interval Too Small, rfc: 4028, message: {en: S, nl: S}}
            """));

    @Test
    void findsWhatIsMissingExtraDifferentAndUnmarked() {
        StatusTable table = Tables.load(Tables.minimal("""
                  - {code: 202, reason: Accepted, message: {en: A, nl: A}}
                  - {code: 416, reason: Unsupported URI Type, rfc: 3261, message: {en: U, nl: U}}
                  - {code: 422, reason: Session Interval Too Small, rfc: 3261, message: {en: S, nl: S}}
                  - {code: 499, reason: Vendor Specific, message: {en: V, nl: V}}
                """));

        RegistryComparison comparison = RegistryComparison.compare(table, REGISTRY);

        assertThat(comparison.missing()).extracting(StatusCode::code).containsExactly(486);
        assertThat(comparison.extra()).extracting(StatusCode::code).containsExactly(499);
        assertThat(comparison.differences()).containsExactly(
                new RegistryComparison.Difference(416, "reason", "Unsupported URI Type", "Unsupported URI Scheme"),
                new RegistryComparison.Difference(422, "rfc", "RFC 3261", "RFC 4028"));
        assertThat(comparison.unmarked()).extracting(StatusCode::code).containsExactly(202);
        assertThat(comparison.common()).isEqualTo(6 + 3);
    }

    @Test
    void failOnLevelsIncludeTheOnesBelow() {
        StatusTable partialButRight = Tables.load(Tables.minimal(
                "  - {code: 486, reason: Busy Here, rfc: 3261, message: {en: B, nl: B}}\n"));
        RegistryComparison partial = RegistryComparison.compare(partialButRight, REGISTRY);
        RegistryComparison wrong = RegistryComparison.compare(Tables.load(Tables.minimal(
                "  - {code: 486, reason: Busy, rfc: 3261, message: {en: B, nl: B}}\n")), REGISTRY);
        RegistryComparison complete = RegistryComparison.compare(REGISTRY, REGISTRY);

        assertThat(FailOn.NOTHING.fails(wrong)).isFalse();
        assertThat(FailOn.MISMATCH.fails(partial)).isFalse();
        assertThat(FailOn.MISMATCH.fails(wrong)).isTrue();
        assertThat(FailOn.MISSING.fails(partial)).isTrue();
        assertThat(FailOn.MISSING.fails(complete)).isFalse();
        assertThat(FailOn.parse(" Mismatch ")).contains(FailOn.MISMATCH);
        assertThat(FailOn.parse("all")).isEmpty();
    }

    @Test
    void theReportNamesEveryFinding() {
        StatusTable table = Tables.load(Tables.minimal(
                "  - {code: 416, reason: Unsupported URI Type, rfc: 3261, message: {en: U, nl: U}}\n"));
        assertThat(ComparisonReport.lines(RegistryComparison.compare(table, REGISTRY), "t.yaml", 10)).containsExactly(
                "t.yaml against the IANA registry (10 codes): 7 in both, 3 missing, 0 not registered, 1 differing,"
                        + " 0 deprecated but not marked",
                "Registry codes the table lacks (3):",
                "  202 Accepted (RFC 6665)",
                "  422 Session Interval Too Small (RFC 4028)",
                "  486 Busy Here (RFC 3261)",
                "Differences from the registry (1):",
                "  416 reason: 'Unsupported URI Type' in the table, 'Unsupported URI Scheme' in the registry");
    }
}
