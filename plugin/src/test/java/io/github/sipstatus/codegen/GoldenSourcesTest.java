package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.GeneratedFile;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact output for a small table (with a deprecated code and attributes of its own), kept under {@code src/test/resources/golden}: a change to the
 * generated code shows up in review as a diff of these files. After an intended change, rewrite them
 * with {@code mvn test -Dtest=GoldenSourcesTest -Dgolden.update=true} and read the diff.
 */
class GoldenSourcesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static final String TABLE = Tables.minimal("""
              - code: 486
                reason: Busy Here
                rfc: 3261
                message: {en: Busy here, nl: In gesprek}
                hint: {en: "Try again later.", nl: "Probeer het later opnieuw."}
                attributes: {retryable: true, outcome: BUSY, alarmLevel: 1}
              - code: 202
                reason: Accepted (Deprecated)
                constant: ACCEPTED
                rfc: 6665
                deprecated: "RFC 6665 removed 202 for SUBSCRIBE and REFER; use 200"
                message: {en: Accepted, nl: Geaccepteerd}
            """).replace("codes:\n", """
            attributes:
              retryable: {type: boolean, default: false, description: "Whether the dialer retries the call later."}
              outcome: {type: enum, values: [BUSY, FAILED], default: FAILED}
              alarmLevel: {type: integer, optional: true}
            codes:
            """);

    @Test
    void generatedFilesMatchTheGoldenCopies() throws IOException {
        StatusTable table = Tables.load(TABLE);
        GeneratedTypes types = new GeneratedTypes("com.example.sip");
        List<GeneratedFile> files = new ArrayList<>(JavaSources.generate(table, types, "golden.yaml"));
        files.addAll(BundleFiles.generate(table, types, "golden.yaml"));
        boolean update = Boolean.getBoolean("golden.update");
        for (GeneratedFile file : files) {
            Path golden = GOLDEN.resolve(file.relativePath());
            if (update) {
                Files.createDirectories(golden.getParent());
                Files.write(golden, file.content());
            }
            assertThat(golden).as("golden copy of %s", file.relativePath()).exists();
            assertThat(new String(file.content(), StandardCharsets.US_ASCII))
                    .as(file.relativePath())
                    .isEqualTo(Files.readString(golden, StandardCharsets.US_ASCII));
        }
        try (var existing = Files.walk(GOLDEN)) {
            assertThat(existing.filter(Files::isRegularFile).count()).as("no stale golden files").isEqualTo(files.size());
        }
    }
}
