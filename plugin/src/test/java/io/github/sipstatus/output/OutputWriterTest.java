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
        List<WrittenFile> before = List.of(WrittenFile.of(file("a/b/Old.java", "old")),
                WrittenFile.of(file("a/Kept.java", "kept")), WrittenFile.of(file("a/Changed.java", "mine now")));
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
        List<WrittenFile> before = List.of(WrittenFile.of(file("p/Gen.java", "generated")));
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
    void aSameSizeEditWithItsTimePutBackIsNotIntactAndIsRepaired() throws Exception {
        GeneratedFile generated = file("p/A.java", "class A { int x = 1; }");
        OutputWriter.write(root, List.of(generated), Optional.empty());
        WrittenFile recorded = WrittenFile.of(generated);
        Path onDisk = root.resolve("p/A.java");
        FileTime written = Files.getLastModifiedTime(onDisk);
        assertThat(recorded.isIntactBelow(root)).isTrue();

        Files.writeString(onDisk, "class A { int x = 2; }");
        Files.setLastModifiedTime(onDisk, written);
        assertThat(Files.size(onDisk)).isEqualTo(recorded.size());
        assertThat(Files.getLastModifiedTime(onDisk)).isEqualTo(written);

        assertThat(recorded.isIntactBelow(root)).isFalse();
        WriteSummary summary = OutputWriter.write(root, List.of(generated),
                Optional.of(new OutputWriter.Produced(root.toAbsolutePath(), List.of(recorded))));
        assertThat(summary).isEqualTo(new WriteSummary(1, 0, 0, List.of("p/A.java"), 0));
        assertThat(onDisk).hasContent("class A { int x = 1; }");
        assertThat(recorded.isIntactBelow(root)).isTrue();
    }

    @Test
    void aFileWithNewBytesIsWrittenNotRepaired() throws Exception {
        GeneratedFile first = file("p/A.java", "one");
        OutputWriter.write(root, List.of(first), Optional.empty());

        WriteSummary summary = OutputWriter.write(root, List.of(file("p/A.java", "two")),
                Optional.of(new OutputWriter.Produced(root.toAbsolutePath(), List.of(WrittenFile.of(first)))));

        assertThat(summary).isEqualTo(new WriteSummary(1, 0, 0));
    }

    @Test
    void leftoverTemporariesOfThisPluginAreRemovedAndTheUsersFilesStay() throws Exception {
        OutputWriter.write(root, List.of(file("p/A.java", "a")), Optional.empty());
        Path p = root.resolve("p");
        // What a build that crashed between staging and commit leaves: one of the plugin's own temporaries.
        Path leftover = Files.writeString(p.resolve(".A.java.sip-status-18f3a2b4c5d-2.tmp"), "half");
        Path stateLeftover = Files.writeString(p.resolve(".generate.state.inputs.sip-status-0-17.tmp"), "half");
        List<String> usersFiles = List.of(".notes.tmp", "Other.java.tmp", ".A.java.tmp", ".A.java.18f3a2b4c5d-2.tmp",
                ".A.java.sip-status-18f3a2b4c5d.tmp", ".A.java.sip-status-XYZ-2.tmp", ".A.java.sip-status--2.tmp",
                ".A.java.sip-status-1f-.tmp", ".sip-status-1f-2.tmp", "A.java.sip-status-1f-2.tmp",
                ".A.java.sip-status-1f-2.tmp.bak");
        for (String name : usersFiles) {
            Files.writeString(p.resolve(name), "the user's");
        }

        WriteSummary summary = OutputWriter.write(root, List.of(file("p/A.java", "a")), Optional.empty());

        assertThat(summary).isEqualTo(new WriteSummary(0, 1, 0, List.of(), 2));
        assertThat(leftover).doesNotExist();
        assertThat(stateLeftover).doesNotExist();
        for (String name : usersFiles) {
            assertThat(p.resolve(name)).hasContent("the user's");
        }
    }

    @Test
    void theTemporaryNamesItGivesOutAreTheOnesItRecognises() {
        Path temporary = AtomicFiles.temporarySibling(root.resolve("p/SipStatusMessages_nl.properties"));
        assertThat(temporary.getParent()).isEqualTo(root.resolve("p"));
        assertThat(temporary.getFileName().toString()).startsWith(".SipStatusMessages_nl.properties.sip-status-");
        assertThat(AtomicFiles.isTemporaryName(temporary.getFileName().toString())).isTrue();
        assertThat(AtomicFiles.isTemporaryName("SipStatusMessages_nl.properties")).isFalse();
    }

    @Test
    void generatedFilesStayBelowTheirRoot() {
        assertThatThrownBy(() -> file("../escape.java", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(root).isDirectory();
        assertThatThrownBy(() -> file("/abs.java", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> file("a\\b.java", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
