package io.github.sipstatus.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.input.TableChoice;
import io.github.sipstatus.model.MissingTranslations;
import io.github.sipstatus.output.WriteSummary;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipStatusGeneratorTest {

    private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private GenerationRequest request(Optional<Path> source, String packageName) {
        return GenerationRequest.of(source, packageName, dir.resolve("java"), dir.resolve("resources"));
    }

    private GenerationRequest request(Path source, Optional<List<String>> locales, String version) {
        return new GenerationRequest(new TableChoice(BuiltInTable.CALLVOIP, Optional.of(source)), List.of(), locales, MissingTranslations.FAIL, "org.acme.sip",
                dir.resolve("java"), dir.resolve("resources"), dir.resolve("state"), version);
    }

    @Test
    void builtInTableGeneratesSevenTypesAndThreeBundles() throws Exception {
        GenerationResult result = SipStatusGenerator.generate(request(Optional.empty(), "com.example.sip"));

        assertThat(result.summary()).isEqualTo("built-in sip-status-codes.yaml (51 codes, 2 locales) in com.example.sip");
        assertThat(result.upToDate()).isFalse();
        assertThat(result.files()).isEqualTo(new WriteSummary(10, 0, 0));
        assertThat(files(dir.resolve("java"))).containsExactlyInAnyOrder(
                "com/example/sip/SipStatus.java", "com/example/sip/SipStatusCodes.java",
                "com/example/sip/SipStatusCategory.java", "com/example/sip/SipStatusTexts.java",
                "com/example/sip/SipStatusLine.java", "com/example/sip/SipReason.java", "com/example/sip/Q850Cause.java");
        assertThat(files(dir.resolve("resources"))).containsExactlyInAnyOrder(
                "com/example/sip/SipStatusMessages.properties", "com/example/sip/SipStatusMessages_en.properties",
                "com/example/sip/SipStatusMessages_nl.properties");
    }

    @Test
    void theIanaTableGeneratesTheWholeRegistry() throws Exception {
        GenerationRequest iana = new GenerationRequest(TableChoice.of(Optional.of("iana"), Optional.empty()), List.of(),
                Optional.empty(), MissingTranslations.FAIL, "org.iana.sip", dir.resolve("java"), dir.resolve("resources"),
                dir.resolve("state"), "1");

        GenerationResult result = SipStatusGenerator.generate(iana);

        assertThat(result.summary()).isEqualTo("built-in iana-sip-status-codes.yaml (75 codes, 2 locales) in org.iana.sip");
        assertThat(dir.resolve("java/org/iana/sip/SipStatus.java")).content()
                .contains("    @Deprecated\n    ACCEPTED(202, \"Accepted\", 6665, 0),");
    }

    @Test
    void secondRunIsUpToDateAndTouchesNothing() throws Exception {
        SipStatusGenerator.generate(request(Optional.empty(), "com.example.sip"));
        Map<Path, FileTime> before = times();

        GenerationResult second = SipStatusGenerator.generate(request(Optional.empty(), "com.example.sip"));

        assertThat(second.upToDate()).isTrue();
        assertThat(second.files()).isEqualTo(new WriteSummary(0, 10, 0));
        assertThat(second.summary()).isEqualTo("built-in sip-status-codes.yaml (51 codes, 2 locales) in com.example.sip");
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void aChangedTableRewritesOnlyTheFilesWhoseBytesChange() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        ageAll();
        // A new nl text changes the nl bundle only.
        Files.writeString(table, Tables.minimal("").replace("nl: Overal bezet", "nl: Overal in gesprek"));

        GenerationResult result = SipStatusGenerator.generate(request(table, Optional.empty(), "1"));

        assertThat(result.upToDate()).isFalse();
        assertThat(result.files()).isEqualTo(new WriteSummary(1, 8, 0));
        assertThat(Files.getLastModifiedTime(dir.resolve("resources/org/acme/sip/SipStatusMessages_nl.properties")))
                .isNotEqualTo(PAST);
        assertThat(Files.getLastModifiedTime(dir.resolve("java/org/acme/sip/SipStatus.java"))).isEqualTo(PAST);
    }

    /** An attribute's value is policy in code: changing it rewrites SipStatus (and the constants' Javadoc), nothing else. */
    @Test
    void aChangedAttributeValueRewritesSipStatus() throws Exception {
        String declared = Tables.minimal("  - {code: 486, reason: Busy Here, message: {en: Busy, nl: Bezet},"
                + " attributes: {retryable: true}}\n").replace("codes:\n", "attributes:\n"
                + "  retryable: {type: boolean, default: false}\ncodes:\n");
        Path table = Files.writeString(dir.resolve("t.yaml"), declared);
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        ageAll();
        Files.writeString(table, declared.replace("attributes: {retryable: true}", "attributes: {retryable: false}"));

        GenerationResult result = SipStatusGenerator.generate(request(table, Optional.empty(), "1"));

        assertThat(result.upToDate()).isFalse();
        assertThat(result.files()).isEqualTo(new WriteSummary(2, 7, 0));
        assertThat(dir.resolve("java/org/acme/sip/SipStatus.java")).content()
                .contains("BUSY_HERE(486, \"Busy Here\", 0, false)");
        assertThat(Files.getLastModifiedTime(dir.resolve("java/org/acme/sip/SipStatusCodes.java"))).isNotEqualTo(PAST);
        assertThat(Files.getLastModifiedTime(dir.resolve("java/org/acme/sip/SipStatusCategory.java"))).isEqualTo(PAST);
        assertThat(SipStatusGenerator.generate(request(table, Optional.empty(), "1")).upToDate()).isTrue();
    }

    @Test
    void aNewPluginVersionRegeneratesEvenFromTheSameInputs() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        assertThat(SipStatusGenerator.generate(request(table, Optional.empty(), "1")).upToDate()).isTrue();
        assertThat(SipStatusGenerator.generate(request(table, Optional.empty(), "2")).upToDate()).isFalse();
    }

    @Test
    void tamperedOrMissingOutputIsRegenerated() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        Path status = dir.resolve("java/org/acme/sip/SipStatus.java");
        String original = Files.readString(status);
        Files.writeString(status, original.replace("SipStatus", "Tampered"));
        Files.delete(dir.resolve("resources/org/acme/sip/SipStatusMessages_nl.properties"));

        GenerationResult result = SipStatusGenerator.generate(request(table, Optional.empty(), "1"));

        assertThat(result.files()).isEqualTo(new WriteSummary(2, 7, 0,
                List.of("org/acme/sip/SipStatus.java", "org/acme/sip/SipStatusMessages_nl.properties"), 0));
        assertThat(status).hasContent(original);
    }

    @Test
    void anEditThatKeepsTheSizeAndTheTimeIsRepaired() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        Path codes = dir.resolve("java/org/acme/sip/SipStatusCodes.java");
        String original = Files.readString(codes);
        FileTime written = Files.getLastModifiedTime(codes);
        // One digit for another: the same length, and the time put back as an editor restoring it would.
        String edited = original.replace("= 600;", "= 601;");
        assertThat(edited).isNotEqualTo(original).hasSameSizeAs(original);
        Files.writeString(codes, edited);
        Files.setLastModifiedTime(codes, written);

        GenerationResult result = SipStatusGenerator.generate(request(table, Optional.empty(), "1"));

        assertThat(result.upToDate()).isFalse();
        assertThat(result.files()).isEqualTo(new WriteSummary(1, 8, 0, List.of("org/acme/sip/SipStatusCodes.java"), 0));
        assertThat(codes).hasContent(original);
        assertThat(SipStatusGenerator.generate(request(table, Optional.empty(), "1")).upToDate()).isTrue();
    }

    @Test
    void anUpToDateRunRemovesLeftoverTemporariesToo() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        Path packageFolder = dir.resolve("java/org/acme/sip");
        Path leftover = Files.writeString(packageFolder.resolve(".SipStatus.java.sip-status-5e0c1-3.tmp"), "half");
        Path stateLeftover = Files.writeString(dir.resolve(".state.sip-status-5e0c1-4.tmp"), "half");
        Path users = Files.writeString(packageFolder.resolve(".notes.tmp"), "mine");

        GenerationResult result = SipStatusGenerator.generate(request(table, Optional.empty(), "1"));

        assertThat(result.upToDate()).isTrue();
        assertThat(result.files().leftovers()).isEqualTo(2);
        assertThat(leftover).doesNotExist();
        assertThat(stateLeftover).doesNotExist();
        assertThat(users).hasContent("mine");
    }

    @Test
    void filesNoLongerProducedAreDeletedAndNothingElse() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        Path mine = Files.writeString(dir.resolve("resources/org/acme/sip/custom.properties"), "mine=1\n");
        Path alsoMine = Files.writeString(dir.resolve("resources/notes.txt"), "keep me");

        GenerationResult result = SipStatusGenerator.generate(request(table, Optional.of(List.of("en")), "1"));

        assertThat(result.files().deleted()).isEqualTo(1);
        assertThat(dir.resolve("resources/org/acme/sip/SipStatusMessages_nl.properties")).doesNotExist();
        assertThat(dir.resolve("resources/org/acme/sip/SipStatusMessages_en.properties")).exists();
        assertThat(mine).hasContent("mine=1");
        assertThat(alsoMine).hasContent("keep me");
    }

    @Test
    void aRenamedPackageRemovesTheOldPackagesFilesAndFolders() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        GenerationRequest first = request(table, Optional.empty(), "1");
        SipStatusGenerator.generate(first);
        GenerationRequest renamed = new GenerationRequest(first.table(), first.overlays(), first.locales(),
                first.missingTranslations(), "org.other.sip", first.sourceOutputDirectory(),
                first.resourceOutputDirectory(), first.stateFile(), first.generatorVersion());

        GenerationResult result = SipStatusGenerator.generate(renamed);

        assertThat(result.files()).isEqualTo(new WriteSummary(9, 0, 9));
        assertThat(dir.resolve("java/org/acme")).doesNotExist();
        assertThat(dir.resolve("java/org/other/sip/SipStatus.java")).exists();
    }

    @Test
    void movingTheOutputFolderNeverDeletesTheUsersFilesThere() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        GenerationRequest first = request(table, Optional.empty(), "1");
        SipStatusGenerator.generate(first);
        // The user points the goal at a hand-written source tree that has a file at a generated path.
        Path handWritten = dir.resolve("src/main/java");
        Path mine = handWritten.resolve("org/acme/sip/SipStatus.java");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "// mine");
        GenerationRequest moved = new GenerationRequest(first.table(), first.overlays(), first.locales(),
                first.missingTranslations(), "org.acme.voip", handWritten, first.resourceOutputDirectory(),
                first.stateFile(), first.generatorVersion());

        GenerationResult result = SipStatusGenerator.generate(moved);

        assertThat(mine).hasContent("// mine");
        assertThat(handWritten.resolve("org/acme/voip/SipStatus.java")).exists();
        assertThat(dir.resolve("java/org/acme/sip")).doesNotExist();
        assertThat(result.files().deleted()).isEqualTo(6 + 3);
    }

    @Test
    void warnModeWithAMissingEnglishTextStillGenerates() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal("")
                .replace("locales: [en, nl]", "locales: [nl, en]")
                .replace("{en: OK, nl: OK}", "{nl: OK}")
                .replace("{en: Server Error, nl: Serverfout}", "{nl: Serverfout}"));
        GenerationRequest warn = new GenerationRequest(new TableChoice(BuiltInTable.CALLVOIP, Optional.of(table)),
                List.of(), Optional.empty(), MissingTranslations.WARN, "org.acme.sip", dir.resolve("java"),
                dir.resolve("resources"), dir.resolve("state"), "1");

        GenerationResult result = SipStatusGenerator.generate(warn);

        assertThat(result.warnings()).hasSize(2);
        // The Javadoc is English where it can be, and the default locale's text where English is missing.
        assertThat(dir.resolve("java/org/acme/sip/SipStatus.java")).content().contains("<code>200 OK</code>: OK.");
    }

    @Test
    void anInvalidTableLeavesThePreviousOutputExactlyAsItWas() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        Map<Path, FileTime> before = ageAll();
        Map<Path, byte[]> bytes = contents();
        Files.writeString(table, Tables.minimal("  - {code: 486, reasn: Busy Here, message: {en: Busy, nl: Bezet}}\n"));

        assertThatThrownBy(() -> SipStatusGenerator.generate(request(table, Optional.empty(), "1")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(times()).isEqualTo(before);
        assertThat(contents()).containsOnlyKeys(bytes.keySet());
        bytes.forEach((path, content) -> assertThat(path).hasBinaryContent(content));
    }

    @Test
    void aFailedWriteLeavesTheOtherFolderUntouchedToo() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        Map<Path, byte[]> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir.resolve("java"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sources.put(file, Files.readAllBytes(file));
            }
        }
        Files.writeString(table, Tables.minimal("  - {code: 486, reason: Busy Here, message: {en: Busy, nl: Bezet}}\n"));
        // The resource folder cannot be written: a file stands where its package folder would be.
        deleteTree(dir.resolve("resources"));
        Files.createDirectories(dir.resolve("resources"));
        Files.writeString(dir.resolve("resources/org"), "in the way");

        assertThatThrownBy(() -> SipStatusGenerator.generate(request(table, Optional.empty(), "1")))
                .isInstanceOf(IOException.class);

        try (Stream<Path> files = Files.walk(dir.resolve("java"))) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactlyInAnyOrderElementsOf(sources.keySet());
        }
        sources.forEach((file, content) -> assertThat(file).hasBinaryContent(content));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void anUnreadableStateMeansAFullRun() throws Exception {
        Path table = Files.writeString(dir.resolve("t.yaml"), Tables.minimal(""));
        SipStatusGenerator.generate(request(table, Optional.empty(), "1"));
        Files.writeString(dir.resolve("state"), "garbage \\u12");

        GenerationResult result = SipStatusGenerator.generate(request(table, Optional.empty(), "1"));

        assertThat(result.upToDate()).isFalse();
        assertThat(result.files()).isEqualTo(new WriteSummary(0, 9, 0));
        assertThat(SipStatusGenerator.generate(request(table, Optional.empty(), "1")).upToDate()).isTrue();
    }

    @Test
    void customTableFromAFile() throws Exception {
        Path table = Files.writeString(dir.resolve("custom.yaml"), Tables.minimal(""));

        GenerationResult result = SipStatusGenerator.generate(request(Optional.of(table), "org.acme.voip"));

        assertThat(result.summary()).isEqualTo("custom.yaml (6 codes, 2 locales) in org.acme.voip");
        assertThat(dir.resolve("java/org/acme/voip/SipStatus.java")).content().contains("custom.yaml (Minimal)");
    }

    @Test
    void badPackageNameIsAConfigurationErrorNamingTheParameter() {
        assertThatThrownBy(() -> SipStatusGenerator.generate(request(Optional.empty(), "com.example.class")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("parameter 'packageName': 'com.example.class' uses the Java keyword 'class'");
        assertThat(dir.resolve("java")).doesNotExist();
    }

    @Test
    void missingSourceNamesTheFile() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> SipStatusGenerator.generate(request(Optional.of(missing), "a.b")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(missing + ": parameter 'source': no such file");
    }

    @Test
    void sourceThatIsAFolderIsRefused() {
        assertThatThrownBy(() -> SipStatusGenerator.generate(request(Optional.of(dir), "a.b")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(dir + ": parameter 'source' names a folder; it must name a YAML file");
    }

    /** Sets every output file's time to {@link #PAST}, so that any later write shows. */
    private Map<Path, FileTime> ageAll() throws IOException {
        for (Path file : outputFiles()) {
            Files.setLastModifiedTime(file, PAST);
        }
        return times();
    }

    private Map<Path, FileTime> times() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path file : outputFiles()) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        return times;
    }

    private Map<Path, byte[]> contents() throws IOException {
        Map<Path, byte[]> contents = new HashMap<>();
        for (Path file : outputFiles()) {
            contents.put(file, Files.readAllBytes(file));
        }
        return contents;
    }

    private List<Path> outputFiles() throws IOException {
        try (Stream<Path> java = Files.walk(dir.resolve("java")); Stream<Path> resources = Files.walk(dir.resolve("resources"))) {
            return Stream.concat(java, resources).filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
