package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.GeneratedFile;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's limits on attributes (at most 100, and at most 6,000 values, codes times attributes) are
 * ones javac can take: a table at each limit, with the attribute kind whose values cost the enum's
 * initializer most, compiles. Over them the table is refused (yaml.AttributesTest); without them, 600
 * codes with 15 such attributes passed every check and then failed javac with "code too large".
 */
class AttributeLimitsTest {

    @TempDir
    Path dir;

    private void compiles(String yaml) throws IOException {
        StatusTable table = Tables.load(yaml);
        List<Path> files = new ArrayList<>();
        for (GeneratedFile file : JavaSources.generate(table, new GeneratedTypes("com.example.wide"), "wide.yaml")) {
            Path path = dir.resolve("src").resolve(file.relativePath());
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
            files.add(path);
        }
        CompiledApi.compileJava(files, Files.createDirectories(dir.resolve("classes")), "8");
    }

    @Test
    void everyCodeWithTheMostValuesCompiles() throws IOException {
        // 600 codes, 10 attributes: 6,000 values, on a table with the registry's codes and causes.
        compiles(Tables.withAttributes(600, 10, true));
    }

    @Test
    void theMostAttributesCompile() throws IOException {
        // 100 attributes, 60 codes: 6,000 values, and a constructor of more than 100 parameters.
        compiles(Tables.withAttributes(60, 100, false));
    }
}
