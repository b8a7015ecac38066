package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API generated from the project's table, compiled for Java 8 with every lint on, and exercised. */
class GeneratedApiTest {

    private static final String PACKAGE = "com.example.sip";
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale NL = Locale.forLanguageTag("nl");

    @TempDir
    static Path dir;

    private static StatusTable table;
    private static CompiledApi api;

    @BeforeAll
    static void compile() {
        table = Tables.defaultTable();
        GeneratedTypes types = new GeneratedTypes(PACKAGE);
        api = CompiledApi.compile(dir, PACKAGE, JavaSources.generate(table, types, "sip-status-codes.yaml"),
                BundleFiles.generate(table, types, "sip-status-codes.yaml"));
    }

    @AfterAll
    static void close() throws Exception {
        api.close();
    }

    @Test
    void everyCodeOfTheTableRoundTrips() throws Exception {
        assertThat(table.codes()).hasSize(51);
        Object[] constants = api.constants("SipStatus");
        assertThat(constants).hasSameSizeAs(table.codes());
        for (int i = 0; i < constants.length; i++) {
            StatusCode code = table.codes().get(i);
            Object status = constants[i];
            assertThat(((Enum<?>) status).name()).isEqualTo(code.constantName());
            assertThat(api.call(status, "code")).isEqualTo(code.code());
            assertThat(api.call(status, "reasonPhrase")).isEqualTo(code.reasonPhrase());
            assertThat(api.call(status, "statusLine")).isEqualTo("SIP/2.0 " + code.code() + " " + code.reasonPhrase());
            assertThat(api.callStatic("SipStatus", "valueOf", code.code())).isSameAs(status);
            assertThat(api.callStatic("SipStatus", "of", code.code())).isEqualTo(Optional.of(status));
            assertThat(api.callStatic("SipStatus", "resolve", code.code())).isSameAs(status);
            assertThat(api.call(status, "rfc")).isEqualTo(code.rfc());
            assertThat(((Enum<?>) api.call(status, "category")).name()).isEqualTo(code.responseClass().name());
            Field intConstant = api.type("SipStatusCodes").getField(code.constantName());
            assertThat(Modifier.isStatic(intConstant.getModifiers()) && Modifier.isFinal(intConstant.getModifiers())).isTrue();
            assertThat(intConstant.getInt(null)).isEqualTo(code.code());
        }
    }

    @Test
    void codesAreInCodeOrderAndIntConstantsMatchTheEnum() {
        assertThat(api.type("SipStatusCodes").getFields()).hasSize(51);
        assertThat(api.call(api.constant("SipStatus", "BUSY_HERE"), "code")).isEqualTo(486);
        assertThat(api.call(api.constant("SipStatus", "NOT_ACCEPTABLE_ANYWHERE"), "code")).isEqualTo(606);
        assertThat(api.call(api.constant("SipStatus", "NOT_ACCEPTABLE"), "code")).isEqualTo(406);
        assertThat(api.call(api.constant("SipStatus", "SERVER_TIME_OUT"), "statusLine")).isEqualTo("SIP/2.0 504 Server Time-out");
    }

    @Test
    void ofAndValueOfOnUnknownCodes() {
        for (int unknown : new int[] {0, 99, 199, 499, 700, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(api.callStatic("SipStatus", "of", unknown)).isEqualTo(Optional.empty());
            assertThatThrownBy(() -> api.callStatic("SipStatus", "valueOf", unknown))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith(" " + unknown);
        }
    }

    @ParameterizedTest(name = "resolve({0}) is {1}")
    @CsvSource({
        "101, SESSION_PROGRESS", "199, SESSION_PROGRESS", "181, CALL_IS_BEING_FORWARDED",
        "201, OK", "299, OK",
        "399, MULTIPLE_CHOICES", "302, MOVED_TEMPORARILY",
        "499, BAD_REQUEST", "409, BAD_REQUEST", "486, BUSY_HERE",
        "599, SERVER_INTERNAL_ERROR", "555, SERVER_INTERNAL_ERROR",
        "699, BUSY_EVERYWHERE", "607, BUSY_EVERYWHERE", "606, NOT_ACCEPTABLE_ANYWHERE"})
    void resolveFollowsRfc3261(int code, String expected) {
        assertThat(api.callStatic("SipStatus", "resolve", code)).isSameAs(api.constant("SipStatus", expected));
    }

    @Test
    void resolveRefusesCodesOutsideTheRange() {
        for (int outside : new int[] {99, 700, 0, -486, 1000}) {
            assertThatThrownBy(() -> api.callStatic("SipStatus", "resolve", outside))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(outside));
        }
    }

    @Test
    void instancePredicatesFollowTheClass() {
        for (Object status : api.constants("SipStatus")) {
            int code = (Integer) api.call(status, "code");
            ResponseClass responseClass = ResponseClass.ofCode(code);
            for (ResponseClass each : ResponseClass.values()) {
                assertThat(api.call(status, each.predicateName())).as(code + " " + each).isEqualTo(each == responseClass);
            }
            assertThat(api.call(status, "isFinal")).isEqualTo(code >= 200);
        }
    }

    @Test
    void categoryOfEveryCodeInTheRange() {
        for (int code = 100; code <= 699; code++) {
            Object category = api.callStatic("SipStatusCategory", "of", code);
            assertThat(((Enum<?>) category).name()).isEqualTo(ResponseClass.ofCode(code).name());
            assertThat(api.call(category, "classDigit")).isEqualTo(code / 100);
            assertThat(api.call(category, "contains", code)).isEqualTo(true);
            assertThat(api.call(category, "isFinal")).isEqualTo(code >= 200);
            assertThat(api.callStatic("SipStatusCategory", "isFinal", code)).isEqualTo(code >= 200);
            for (ResponseClass each : ResponseClass.values()) {
                assertThat(api.callStatic("SipStatusCategory", each.predicateName(), code))
                        .isEqualTo(each.digit() == code / 100);
            }
        }
        Object clientError = api.constant("SipStatusCategory", "CLIENT_ERROR");
        assertThat(api.call(clientError, "contains", 399)).isEqualTo(false);
        assertThat(api.call(clientError, "contains", 500)).isEqualTo(false);
        for (int outside : new int[] {99, 700, -1}) {
            assertThatThrownBy(() -> api.callStatic("SipStatusCategory", "of", outside))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(api.callStatic("SipStatusCategory", "isProvisional", outside)).isEqualTo(false);
            assertThat(api.callStatic("SipStatusCategory", "isFinal", outside)).isEqualTo(false);
        }
    }

    @Test
    void switchOnCallsTheHandlerOfTheCodesClass() {
        Class<?> cases = api.type("SipStatusCategory$Cases");
        Object handler = Proxy.newProxyInstance(cases.getClassLoader(), new Class<?>[] {cases},
                (proxy, method, args) -> method.getName() + ":" + args[0]);
        for (int code = 100; code <= 699; code += 37) {
            assertThat(api.callStatic("SipStatusCategory", "switchOn", code, handler))
                    .isEqualTo(ResponseClass.ofCode(code).camelName() + ":" + code);
        }
        assertThat(cases.getMethods()).extracting(m -> m.getName()).containsExactlyInAnyOrder(
                "provisional", "success", "redirection", "clientError", "serverError", "globalFailure");
        assertThatThrownBy(() -> api.callStatic("SipStatusCategory", "switchOn", 700, handler))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesAndHintsComeBackInEnglishAndDutch() {
        for (Object status : api.constants("SipStatus")) {
            StatusCode code = table.codes().get(((Enum<?>) status).ordinal());
            for (Locale locale : table.locales()) {
                assertThat(api.call(status, "message", locale)).isEqualTo(code.message().in(locale));
                assertThat(api.call(status, "hint", locale)).isEqualTo(code.hint().map(h -> h.in(locale)));
            }
        }
        Object busyHere = api.constant("SipStatus", "BUSY_HERE");
        assertThat(api.call(busyHere, "message", NL)).isEqualTo("In gesprek");
        assertThat(api.call(busyHere, "hint", NL)).isEqualTo(Optional.of("apparatuur gebelde partij in gesprek"));
        assertThat(api.call(busyHere, "message", EN)).isEqualTo("Busy here");
        assertThat(api.call(busyHere, "messageKey")).isEqualTo("486.message");
        assertThat(api.call(busyHere, "hintKey")).isEqualTo("486.hint");
    }

    @Test
    void categoryTitlesInBothLocales() {
        Object provisional = api.constant("SipStatusCategory", "PROVISIONAL");
        assertThat(api.call(provisional, "title", NL)).isEqualTo("Informatief");
        assertThat(api.call(provisional, "title", EN)).isEqualTo("Informational");
        for (Object category : api.constants("SipStatusCategory")) {
            ResponseClass responseClass = ResponseClass.valueOf(((Enum<?>) category).name());
            for (Locale locale : table.locales()) {
                assertThat(api.call(category, "title", locale))
                        .isEqualTo(table.category(responseClass).orElseThrow().title().in(locale));
            }
        }
    }

    @Test
    void localeChoiceIgnoresTheJvmDefault() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(NL);
        try {
            Object busyHere = api.constant("SipStatus", "BUSY_HERE");
            assertThat(api.call(busyHere, "message", Locale.FRENCH)).isEqualTo("Busy here");
            assertThat(api.call(busyHere, "message", Locale.ENGLISH)).isEqualTo("Busy here");
            assertThat(api.call(busyHere, "message", Locale.UK)).isEqualTo("Busy here");
            assertThat(api.call(busyHere, "message", Locale.forLanguageTag("nl-BE"))).isEqualTo("In gesprek");
            assertThat(api.call(busyHere, "message", new Locale("nl", "NL"))).isEqualTo("In gesprek");
            assertThat(api.call(busyHere, "message", Locale.ROOT)).isEqualTo("Busy here");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void bundleBaseNameIsReadableByResourceBundle() throws Exception {
        String baseName = (String) api.type("SipStatus").getField("BUNDLE_BASE_NAME").get(null);
        assertThat(baseName).isEqualTo(PACKAGE + ".SipStatusMessages");
        java.util.ResourceBundle nl = java.util.ResourceBundle.getBundle(baseName, NL, api.type("SipStatus").getClassLoader());
        assertThat(nl.getString("486.message")).isEqualTo("In gesprek");
        assertThat(nl.getString("category.1.title")).isEqualTo("Informatief");
    }

    @Test
    void rfcIsEmptyWhenTheTableNamesNone() throws Exception {
        StatusTable minimal = Tables.load(Tables.minimal(""));
        GeneratedTypes types = new GeneratedTypes("org.minimal");
        try (CompiledApi small = CompiledApi.compile(dir.resolve("minimal"), "org.minimal",
                JavaSources.generate(minimal, types, "m.yaml"), BundleFiles.generate(minimal, types, "m.yaml"))) {
            assertThat(small.call(small.constant("SipStatus", "OK"), "rfc")).isEqualTo(OptionalInt.empty());
            assertThat(small.call(small.constant("SipStatus", "OK"), "hint", EN)).isEqualTo(Optional.empty());
            assertThat(small.callStatic("SipStatus", "resolve", 486)).isSameAs(small.constant("SipStatus", "BAD_REQUEST"));
        }
    }
}
