package io.github.sipstatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstantNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Call/Transaction Does Not Exist | CALL_TRANSACTION_DOES_NOT_EXIST",
        "Request-URI Too Long            | REQUEST_URI_TOO_LONG",
        "Server Time-out                 | SERVER_TIME_OUT",
        "Busy Here                       | BUSY_HERE",
        "OK                              | OK",
        "Accepted (Deprecated)           | ACCEPTED_DEPRECATED",
        "'  --Leading and trailing--  '  | LEADING_AND_TRAILING",
        "Max-Breadth Exceeded            | MAX_BREADTH_EXCEEDED",
        "Caf\u00e9 ouvert                | CAF\u00c9_OUVERT",
        "\u00dcberlastet                 | \u00dcBERLASTET",
    })
    void derivesUpperSnakeCase(String reason, String constant) {
        assertThat(ConstantNames.derive(reason)).isEqualTo(constant);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "class     | is a Java keyword or literal",
        "true      | is a Java keyword or literal",
        "null      | is a Java keyword or literal",
        "_         | is a Java keyword or literal",
        "486_BUSY  | starts with a digit, which no Java name may",
        "BUSY-HERE | is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter",
        "BUSY$     | is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter",
        "busyHere  | is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter",
        "code      | is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter",
        "Optional  | is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter",
        "_486      | is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter",
        "CAF\u00c9   | is not UPPER_SNAKE_CASE: use A-Z, 0-9 and '_', starting with a letter",
        "BUNDLE_BASE_NAME | is taken by a member of the generated SipStatus enum",
    })
    void refusesNamesJavaOrTheEnumWouldNotAccept(String name, String problem) {
        assertThat(ConstantNames.problem(name)).contains(problem);
    }

    @ParameterizedTest
    @CsvSource({"BUSY_HERE", "OK", "X486", "NOT_ACCEPTABLE_ANYWHERE", "BY_CODE"})
    void acceptsJavaNames(String name) {
        assertThat(ConstantNames.problem(name)).isEmpty();
    }
}
