package io.github.sipstatus.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipStatusGeneratorTest {

    @TempDir
    Path dir;

    private GenerationRequest request(Optional<Path> source, String packageName) {
        return GenerationRequest.of(source, packageName, dir.resolve("java"), dir.resolve("resources"));
    }

    @Test
    void builtInTableGeneratesFourTypesAndThreeBundles() throws Exception {
        GenerationResult result = SipStatusGenerator.generate(request(Optional.empty(), "com.example.sip"));

        assertThat(result.codes()).isEqualTo(51);
        assertThat(result.locales()).isEqualTo(2);
        assertThat(result.files().written()).isEqualTo(7);
        assertThat(files(dir.resolve("java"))).containsExactlyInAnyOrder(
                "com/example/sip/SipStatus.java", "com/example/sip/SipStatusCodes.java",
                "com/example/sip/SipStatusCategory.java", "com/example/sip/SipStatusTexts.java");
        assertThat(files(dir.resolve("resources"))).containsExactlyInAnyOrder(
                "com/example/sip/SipStatusMessages.properties", "com/example/sip/SipStatusMessages_en.properties",
                "com/example/sip/SipStatusMessages_nl.properties");
    }

    @Test
    void builtInTableIsTheProjectsTable() throws Exception {
        assertThat(BuiltInTable.bytes()).isEqualTo(Tables.defaultTableBytes());
    }

    @Test
    void secondRunWritesNothingAndKeepsTimestamps() throws Exception {
        SipStatusGenerator.generate(request(Optional.empty(), "com.example.sip"));
        Path status = dir.resolve("java/com/example/sip/SipStatus.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(status, old);

        GenerationResult second = SipStatusGenerator.generate(request(Optional.empty(), "com.example.sip"));

        assertThat(second.files().written()).isZero();
        assertThat(second.files().unchanged()).isEqualTo(7);
        assertThat(Files.getLastModifiedTime(status)).isEqualTo(old);
    }

    @Test
    void customTableFromAFile() throws Exception {
        Path table = Files.writeString(dir.resolve("custom.yaml"), Tables.minimal(""));

        GenerationResult result = SipStatusGenerator.generate(request(Optional.of(table), "org.acme.voip"));

        assertThat(result.tableName()).isEqualTo("custom.yaml");
        assertThat(result.codes()).isEqualTo(6);
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

    @Test
    void invalidTableWritesNothing() throws IOException {
        Path table = Files.writeString(dir.resolve("bad.yaml"), "schema: 1\nlocales: [en]\n");

        assertThatThrownBy(() -> SipStatusGenerator.generate(request(Optional.of(table), "a.b")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(dir.resolve("java")).doesNotExist();
        assertThat(dir.resolve("resources")).doesNotExist();
    }

    private static Stream<String> filesStream(Path root) throws IOException {
        return Files.walk(root).filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'));
    }

    private static java.util.List<String> files(Path root) throws IOException {
        try (Stream<String> files = filesStream(root)) {
            return files.toList();
        }
    }
}
