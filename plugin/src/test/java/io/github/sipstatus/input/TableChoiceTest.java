package io.github.sipstatus.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.testing.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableChoiceTest {

    @Test
    void builtInTablesAreTheProjectsTables() throws Exception {
        assertThat(BuiltInTable.CALLVOIP.bytes()).isEqualTo(Tables.defaultTableBytes());
        assertThat(BuiltInTable.IANA.bytes()).isEqualTo(Files.readAllBytes(Tables.IANA_TABLE));
    }

    @Test
    void tableAndSourceTogetherAreRefusedAndUnknownTablesNamed() {
        assertThatThrownBy(() -> TableChoice.of(Optional.of("iana"), Optional.of(Path.of("t.yaml"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("parameters 'table' ('iana') and 'source' (");
        assertThatThrownBy(() -> TableChoice.of(Optional.of("ietf"), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("parameter 'table': 'ietf' is not a built-in table; use callvoip or iana");
        assertThat(BuiltInTable.parse("IANA")).contains(BuiltInTable.IANA);
    }
}
