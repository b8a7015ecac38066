package io.github.sipstatus.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.TableChoice;
import io.github.sipstatus.model.MissingTranslations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run from a table that extends a built-in one, and how the build state keeps the base in view. */
class ExtendingTableGenerationTest {

    private static final String ACME = """
            schema: 1
            extends: %s
            name: ACME carrier codes
            codes:
              - code: 478
                reason: Unresolvable destination
                message: {en: Destination cannot be resolved, nl: Bestemming niet te herleiden}
              - code: 486
                hint: {en: "The customer is on another call.", nl: "De klant is in gesprek."}
            """;

    @TempDir
    Path dir;

    private GenerationRequest request(Path table) {
        return new GenerationRequest(new TableChoice(BuiltInTable.CALLVOIP, Optional.of(table)), List.of(),
                Optional.empty(), MissingTranslations.FAIL, "org.acme.sip", dir.resolve("java"), dir.resolve("resources"),
                dir.resolve("state"), "1");
    }

    private Path table(String base) throws Exception {
        return Files.writeString(dir.resolve("acme.yaml"), ACME.formatted(base));
    }

    @Test
    void theBasesCodesAndTheTablesOwnAreGenerated() throws Exception {
        GenerationResult result = SipStatusGenerator.generate(request(table("iana")));

        assertThat(result.summary()).isEqualTo("acme.yaml (76 codes, 2 locales) in org.acme.sip");
        assertThat(dir.resolve("java/org/acme/sip/SipStatusCodes.java")).content()
                .contains("public static final int UNRESOLVABLE_DESTINATION = 478;", "acme.yaml (ACME carrier codes)");
        assertThat(dir.resolve("resources/org/acme/sip/SipStatusMessages_nl.properties")).content(StandardCharsets.ISO_8859_1)
                .contains("486.hint=De klant is in gesprek.", "478.message=Bestemming niet te herleiden");
    }

    @Test
    void aSecondRunIsUpToDateAndAnotherBaseRegenerates() throws Exception {
        SipStatusGenerator.generate(request(table("callvoip")));
        assertThat(SipStatusGenerator.generate(request(table("callvoip"))).upToDate()).isTrue();

        GenerationResult other = SipStatusGenerator.generate(request(table("iana")));

        assertThat(other.upToDate()).isFalse();
        assertThat(other.summary()).startsWith("acme.yaml (76 codes");
    }

    /**
     * A built-in table changes only with the plugin, whose version the state records too; but a rebuilt
     * SNAPSHOT may keep its version, so the state holds the base's bytes. Here the recorded inputs are
     * made those of a run against another version of the base: the next run must not be up to date.
     */
    @Test
    void aStateRecordedAgainstOtherBytesOfTheBaseIsNotUpToDate() throws Exception {
        Path table = table("callvoip");
        GenerationRequest request = request(table);
        SipStatusGenerator.generate(request);
        Path inputs = dir.resolve("state.inputs");
        byte[] tableBytes = Files.readAllBytes(table);
        byte[] base = BuiltInTable.CALLVOIP.bytes();
        byte[] asRecorded = InputSnapshot.of(request, tableBytes, List.of(), "callvoip", base);
        // The test rebuilds the recorded inputs exactly, so that the next assertion is about the base's bytes alone.
        assertThat(Files.readAllBytes(inputs)).isEqualTo(asRecorded);

        byte[] otherBase = Arrays.copyOf(base, base.length + 1);
        otherBase[base.length] = '\n';
        Files.write(inputs, InputSnapshot.of(request, tableBytes, List.of(), "callvoip", otherBase));

        assertThat(SipStatusGenerator.generate(request).upToDate()).isFalse();
        assertThat(Files.readAllBytes(inputs)).isEqualTo(asRecorded);
        assertThat(SipStatusGenerator.generate(request).upToDate()).isTrue();
    }

    @Test
    void aConflictingChangeLeavesThePreviousOutputAsItWas() throws Exception {
        Path table = table("iana");
        SipStatusGenerator.generate(request(table));
        byte[] before = Files.readAllBytes(dir.resolve("java/org/acme/sip/SipStatus.java"));
        Files.writeString(table, ACME.formatted("iana") + "  - {code: 487, constant: BUSY_HERE}\n");

        assertThatThrownBy(() -> SipStatusGenerator.generate(request(table)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(table + ":10:27: code 487 (inherited from built-in iana table, line 482): constant BUSY_HERE"
                        + " is also the constant of code 486 (built-in iana table, line 476); give one of them its own"
                        + " name with 'constant'");
        assertThat(dir.resolve("java/org/acme/sip/SipStatus.java")).hasBinaryContent(before);
    }
}
