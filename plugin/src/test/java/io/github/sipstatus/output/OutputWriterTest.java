package io.github.sipstatus.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path root;

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesNewFilesAndCreatesFolders() throws Exception {
        WriteSummary summary = OutputWriter.write(root, List.of(file("a/b/C.java", "class C {}")), List.of());

        assertThat(summary).isEqualTo(new WriteSummary(1, 0, 0));
        assertThat(root.resolve("a/b/C.java")).hasContent("class C {}");
    }

    @Test
    void leavesIdenticalFilesAloneAndRewritesChangedOnes() throws Exception {
        OutputWriter.write(root, List.of(file("Same.java", "same"), file("Changed.java", "old")), List.of());
        FileTime past = FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(root.resolve("Same.java"), past);
        Files.setLastModifiedTime(root.resolve("Changed.java"), past);

        WriteSummary summary = OutputWriter.write(root, List.of(file("Same.java", "same"), file("Changed.java", "new")), List.of());

        assertThat(summary).isEqualTo(new WriteSummary(1, 1, 0));
        assertThat(Files.getLastModifiedTime(root.resolve("Same.java"))).isEqualTo(past);
        assertThat(Files.getLastModifiedTime(root.resolve("Changed.java"))).isNotEqualTo(past);
        assertThat(root.resolve("Changed.java")).hasContent("new");
    }

    @Test
    void sameLengthDifferentBytesIsRewritten() throws Exception {
        OutputWriter.write(root, List.of(file("X.java", "abc")), List.of());
        assertThat(OutputWriter.write(root, List.of(file("X.java", "abd")), List.of())).isEqualTo(new WriteSummary(1, 0, 0));
        assertThat(root.resolve("X.java")).hasContent("abd");
    }

    @Test
    void deletesOnlyWhatItProducedBeforeAndFoldersItLeftEmpty() throws Exception {
        OutputWriter.write(root, List.of(file("a/b/Old.java", "old"), file("a/Kept.java", "kept")), List.of());
        Files.writeString(root.resolve("a/Users.java"), "the user's");

        WriteSummary summary = OutputWriter.write(root, List.of(file("a/Kept.java", "kept")),
                List.of("a/b/Old.java", "a/Kept.java", "a/Users.java.gone", "../outside.java", "/etc/passwd"));

        assertThat(summary).isEqualTo(new WriteSummary(0, 1, 1));
        assertThat(root.resolve("a/b")).doesNotExist();
        assertThat(root.resolve("a/Users.java")).hasContent("the user's");
        assertThat(root.resolve("a/Kept.java")).exists();
    }

    @Test
    void writesLeaveNoTemporaryFilesAndNormalPermissions() throws Exception {
        OutputWriter.write(root, List.of(file("p/A.java", "a")), List.of());
        OutputWriter.write(root, List.of(file("p/A.java", "b")), List.of());
        try (var files = Files.list(root.resolve("p"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("A.java");
        }
        if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(root.resolve("p/A.java")))
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        }
    }

    @Test
    void generatedFilesStayBelowTheirRoot() {
        assertThatThrownBy(() -> file("../escape.java", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> file("/abs.java", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> file("a\\b.java", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
