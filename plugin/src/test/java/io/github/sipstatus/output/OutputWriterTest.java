package io.github.sipstatus.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
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
        WriteSummary summary = OutputWriter.write(root, List.of(file("a/b/C.java", "class C {}")), Optional.empty());

        assertThat(summary).isEqualTo(new WriteSummary(1, 0, 0));
        assertThat(root.resolve("a/b/C.java")).hasContent("class C {}");
    }

    @Test
    void leavesIdenticalFilesAloneAndRewritesChangedOnes() throws Exception {
        OutputWriter.write(root, List.of(file("Same.java", "same"), file("Changed.java", "old")), Optional.empty());
        FileTime past = FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(root.resolve("Same.java"), past);
        Files.setLastModifiedTime(root.resolve("Changed.java"), past);

        WriteSummary summary = OutputWriter.write(root, List.of(file("Same.java", "same"), file("Changed.java", "new")), Optional.empty());

        assertThat(summary).isEqualTo(new WriteSummary(1, 1, 0));
        assertThat(Files.getLastModifiedTime(root.resolve("Same.java"))).isEqualTo(past);
        assertThat(Files.getLastModifiedTime(root.resolve("Changed.java"))).isNotEqualTo(past);
        assertThat(root.resolve("Changed.java")).hasContent("new");
    }

    @Test
    void sameLengthDifferentBytesIsRewritten() throws Exception {
        OutputWriter.write(root, List.of(file("X.java", "abc")), Optional.empty());
        assertThat(OutputWriter.write(root, List.of(file("X.java", "abd")), Optional.empty())).isEqualTo(new WriteSummary(1, 0, 0));
        assertThat(root.resolve("X.java")).hasContent("abd");
    }

    @Test
    void deletesOnlyWhatItProducedBeforeAndFoldersItLeftEmpty() throws Exception {
        OutputWriter.write(root, List.of(file("a/b/Old.java", "old"), file("a/Kept.java", "kept"),
                file("a/Changed.java", "mine now")), Optional.empty());
        List<WrittenFile> before = List.of(WrittenFile.of(root, "a/b/Old.java"), WrittenFile.of(root, "a/Kept.java"),
                WrittenFile.of(root, "a/Changed.java"));
        Files.writeString(root.resolve("a/Changed.java"), "the user's edit, longer than before");
        Files.writeString(root.resolve("a/Users.java"), "the user's");

        WriteSummary summary = OutputWriter.write(root, List.of(file("a/Kept.java", "kept")),
                Optional.of(new OutputWriter.Produced(root.toAbsolutePath(), before)));

        assertThat(summary).isEqualTo(new WriteSummary(0, 1, 1));
        assertThat(root.resolve("a/b")).doesNotExist();
        assertThat(root.resolve("a/Users.java")).hasContent("the user's");
        assertThat(root.resolve("a/Changed.java")).hasContent("the user's edit, longer than before");
        assertThat(root.resolve("a/Kept.java")).exists();
    }

    @Test
    void staleFilesAreLookedUpWhereTheyWereWrittenNotInANewFolder() throws Exception {
        Path old = root.resolve("old");
        Path moved = root.resolve("moved");
        OutputWriter.write(old, List.of(file("p/Gen.java", "generated")), Optional.empty());
        List<WrittenFile> before = List.of(WrittenFile.of(old, "p/Gen.java"));
        Files.createDirectories(moved.resolve("p"));
        Files.writeString(moved.resolve("p/Gen.java"), "generated"); // same path and bytes, but the user's file

        WriteSummary summary = OutputWriter.write(moved, List.of(file("q/Other.java", "x")),
                Optional.of(new OutputWriter.Produced(old.toAbsolutePath(), before)));

        assertThat(summary.deleted()).isEqualTo(1);
        assertThat(old.resolve("p")).doesNotExist();
        assertThat(moved.resolve("p/Gen.java")).hasContent("generated");
    }

    @Test
    void writesLeaveNoTemporaryFilesAndNormalPermissions() throws Exception {
        OutputWriter.write(root, List.of(file("p/A.java", "a")), Optional.empty());
        OutputWriter.write(root, List.of(file("p/A.java", "b")), Optional.empty());
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
        assertThat(root).isDirectory();
        assertThatThrownBy(() -> file("/abs.java", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> file("a\\b.java", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
