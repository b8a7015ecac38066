package io.github.sipstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rules of the code base, checked so that they stay true. */
class ProjectStructureTest {

    private static final Path MAIN = Path.of("src/main/java/io/github/sipstatus");

    @Test
    void onlyTheMavenPackageImportsMaven() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN.relativize(p).startsWith("maven"))
                    .filter(ProjectStructureTest::importsMaven)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<Path> packages = dirs.filter(Files::isDirectory).filter(ProjectStructureTest::hasJava).toList();
            assertThat(packages).hasSizeGreaterThanOrEqualTo(8);
            assertThat(packages).allSatisfy(dir -> assertThat(dir.resolve("package-info.java")).isRegularFile());
        }
    }

    @Test
    void coreFilesStaySmall() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    assertThat(Files.readAllLines(p)).as(p.toString()).hasSizeLessThan(400);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static boolean importsMaven(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import org.apache.maven"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
