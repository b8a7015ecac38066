package io.github.sipstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.model.AttributeNames;
import io.github.sipstatus.model.StatusTable;
import io.github.sipstatus.output.GeneratedFile;
import io.github.sipstatus.testing.CompiledApi;
import io.github.sipstatus.testing.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's own attributes, generated, compiled ({@code --release 8 -Xlint:all -Werror}, doclint) and
 * called: every type, with a default, optional and required, and an enum's nested type.
 */
public class AttributesApiTest {

    public static final String TABLE = Tables.minimal("""
              - code: 486
                reason: Busy Here
                message: {en: Busy here, nl: In gesprek}
                attributes: {retryable: true, outcome: BUSY, alarmLevel: -1, dashboard: "Busy <line>", tier: 2}
              - code: 503
                reason: Service Unavailable
                message: {en: Unavailable, nl: Niet beschikbaar}
                attributes: {retryable: true, outcome: UNAVAILABLE, alarmLevel: 2, label: 'Outage */ at "DC-1" C:\\ \u00e9 & {@code x} @return', severity: HIGH, tier: 1}
            """).replace("codes:\n", """
            attributes:
              retryable:
                type: boolean
                default: false
                description: "Whether the dialer retries the call later."
              outcome:
                type: enum
                values: [BUSY, REJECTED, UNAVAILABLE, FAILED]
                default: FAILED
              alarmLevel: {type: integer, optional: true}
              dashboard: {type: string, default: Other}
              label: {type: string, optional: true}
              severity: {type: enum, values: [LOW, HIGH], optional: true}
              tier: {type: integer, default: 3, description: "Which support tier takes the call.\\nTier 1 first, */ not a comment end."}
            codes:
            """);

    @TempDir
    static Path dir;
    static StatusTable table;
    static List<GeneratedFile> sources;
    static CompiledApi api;

    @BeforeAll
    static void compile() {
        table = Tables.load(TABLE);
        GeneratedTypes types = new GeneratedTypes("com.example.sip");
        sources = JavaSources.generate(table, types, "t.yaml");
        api = CompiledApi.compile(dir.resolve("api"), "com.example.sip", sources, BundleFiles.generate(table, types, "t.yaml"));
    }

    @AfterAll
    static void close() throws IOException {
        api.close();
    }

    private Object status(int code) {
        return api.callStatic("SipStatus", "valueOf", code);
    }

    private Object enumValue(String type, String name) {
        return api.constant("SipStatus$" + type, name);
    }

    @Test
    void aBooleanHasTheCodesValueElseTheDefault() {
        assertThat(api.call(status(486), "retryable")).isEqualTo(true);
        assertThat(api.call(status(400), "retryable")).isEqualTo(false);
    }

    @Test
    void anEnumBecomesANestedEnumWithTheValuesInDeclaredOrder() {
        assertThat(api.constants("SipStatus$Outcome")).extracting(Object::toString)
                .containsExactly("BUSY", "REJECTED", "UNAVAILABLE", "FAILED");
        assertThat(api.call(status(486), "outcome")).isSameAs(enumValue("Outcome", "BUSY"));
        assertThat(api.call(status(600), "outcome")).isSameAs(enumValue("Outcome", "FAILED"));
    }

    @Test
    void optionalAttributesAnswerEmptyForCodesWithoutAValue() {
        assertThat(api.call(status(486), "alarmLevel")).isEqualTo(OptionalInt.of(-1));
        assertThat(api.call(status(503), "alarmLevel")).isEqualTo(OptionalInt.of(2));
        assertThat(api.call(status(200), "alarmLevel")).isEqualTo(OptionalInt.empty());
        // What Java and Javadoc read specially, in a value: quoted and escaped, not a comment end or a tag.
        assertThat(api.call(status(503), "label")).isEqualTo(Optional.of("Outage */ at \"DC-1\" C:\\ \u00e9 & {@code x} @return"));
        assertThat(api.call(status(486), "label")).isEqualTo(Optional.empty());
        assertThat(api.call(status(503), "severity")).isEqualTo(Optional.of(enumValue("Severity", "HIGH")));
        assertThat(api.call(status(486), "severity")).isEqualTo(Optional.empty());
    }

    @Test
    void stringsAndIntegersWithADefault() {
        assertThat(api.call(status(486), "dashboard")).isEqualTo("Busy <line>");
        assertThat(api.call(status(183), "dashboard")).isEqualTo("Other");
        assertThat(api.call(status(503), "tier")).isEqualTo(1);
        assertThat(api.call(status(183), "tier")).isEqualTo(3);
    }

    @Test
    void anUnknownCodeHasTheAttributesOfTheStatusItResolvesTo() {
        Object resolved = api.callStatic("SipStatus", "resolve", 499);
        assertThat(api.call(resolved, "code")).isEqualTo(400);
        assertThat(api.call(resolved, "outcome")).isSameAs(api.call(status(400), "outcome"));
        assertThat(api.call(api.callStatic("SipStatus", "resolve", 486), "retryable")).isEqualTo(true);
    }

    @Test
    void accessorsReturnTheirDeclaredTypes() throws NoSuchMethodException {
        Class<?> status = api.type("SipStatus");
        assertThat(status.getMethod("retryable").getReturnType()).isEqualTo(boolean.class);
        assertThat(status.getMethod("tier").getReturnType()).isEqualTo(int.class);
        assertThat(status.getMethod("dashboard").getReturnType()).isEqualTo(String.class);
        assertThat(status.getMethod("alarmLevel").getReturnType()).isEqualTo(OptionalInt.class);
        assertThat(status.getMethod("label").getReturnType()).isEqualTo(Optional.class);
        assertThat(status.getMethod("outcome").getReturnType()).isEqualTo(api.type("SipStatus$Outcome"));
        assertThat(status.getMethod("severity").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<com.example.sip.SipStatus$Severity>");
    }

    @Test
    void theJavadocSaysWhatEachAccessorAndValueMeans() {
        String source = source("SipStatus.java");
        assertThat(source).contains("Whether the dialer retries the call later.")
                .contains("A code the table gives no value has <code>false</code>.")
                .contains("A code the table gives no value has {@link Outcome#FAILED FAILED}.")
                .contains("Codes with this value:\n         * {@link SipStatus#BUSY_HERE 486 Busy Here}.")
                .contains("<p>Attributes: retryable <code>true</code>, outcome <code>BUSY</code>, alarmLevel <code>-1</code>,"
                        + " dashboard <code>Busy &lt;line&gt;</code>, label none, severity none, tier <code>2</code>.")
                .contains("label <code>Outage *&#47; at \"DC-1\" C:&#92; \\u00e9 &amp; {&#64;code x} &#64;return</code>,")
                .contains("own attributes, one accessor each:\n * {@link #retryable()},\n * {@link #outcome()},");
        assertThat(source("SipStatusCodes.java")).contains("<p>Attributes: retryable <code>true</code>");
    }

    /** Accessors are one field read: {@code return field;}, nothing looked up, boxed or made per call. */
    @Test
    void everyAccessorReturnsAFieldMadeWhenTheConstantsWere() {
        String source = source("SipStatus.java");
        for (String name : List.of("retryable", "outcome", "alarmLevel", "dashboard", "label", "severity", "tier")) {
            assertThat(source).containsPattern("public \\S+ " + name + "\\(\\) \\{\\s+return " + name + ";\\s+}");
        }
        assertThat(source).contains("BUSY_HERE(486, \"Busy Here\", 0, true, Outcome.BUSY, OptionalInt.of(-1),"
                + " \"Busy <line>\", Optional.empty(), Optional.empty(), 2)");
    }

    /** The README's promise: a switch expression over an enum attribute is held exhaustive by javac (Java 14+). */
    @Test
    void aSwitchExpressionOverAnEnumAttributeMustCoverEveryValue() throws IOException {
        String complete = """
                package com.example.dialer;
                import com.example.sip.SipStatus;
                public class Dialer {
                    public static String decide(SipStatus status) {
                        return switch (status.outcome()) {
                            case BUSY -> "busy";
                            case REJECTED -> "rejected";
                            case UNAVAILABLE -> "later";
                            case FAILED -> "failed";
                        };
                    }
                }
                """;
        assertThat(compileConsumer(complete)).isEmpty();
        assertThat(compileConsumer(complete.replace("case UNAVAILABLE -> \"later\";\n", "")))
                .anySatisfy(line -> assertThat(line).contains("does not cover all possible input values"));
    }

    private List<String> compileConsumer(String source) throws IOException {
        Path src = Files.createTempDirectory(dir, "consumer");
        Path file = Files.createDirectories(src.resolve("com/example/dialer")).resolve("Dialer.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.StringWriter out = new java.io.StringWriter();
        javac.getTask(out, null, null, List.of("--release", "17", "-classpath", api.classes().toString(), "-d",
                src.resolve("out").toString()), null, javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)
                .getJavaFileObjects(file)).call();
        return out.toString().lines().filter(line -> line.contains("error")).toList();
    }

    /**
     * The names an attribute cannot take are every member the generated SipStatus has: here, of a table
     * with Q.850 causes, so that its interworking members are there too.
     */
    @Test
    void theReservedNamesAreExactlyTheMembersOfSipStatus() throws IOException {
        StatusTable iana = Tables.ianaTable();
        GeneratedTypes types = new GeneratedTypes("com.example.iana");
        try (CompiledApi compiled = CompiledApi.compile(dir.resolve("iana"), "com.example.iana",
                JavaSources.generate(iana, types, "iana.yaml"), BundleFiles.generate(iana, types, "iana.yaml"))) {
            Set<String> members = new TreeSet<>();
            for (Class<?> type = compiled.type("SipStatus"); type != null; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (!method.isSynthetic()) {
                        members.add(method.getName());
                    }
                }
                for (Field field : type.getDeclaredFields()) {
                    if (!field.isSynthetic() && !field.isEnumConstant() && !Modifier.isStatic(field.getModifiers())
                            || !field.isSynthetic() && Modifier.isPrivate(field.getModifiers())) {
                        members.add(field.getName());
                    }
                }
            }
            members.remove("registerNatives"); // Object's, on some JDKs: private and static, no clash
            List<String> lowerCamel = new ArrayList<>();
            for (String member : members) {
                if (Character.isLowerCase(member.charAt(0))) {
                    lowerCamel.add(member);
                }
            }
            assertThat(AttributeNames.reservedMembers()).containsAll(lowerCamel);
            // Beyond the members: Java serialization's hooks, which javac 21 and later flag in an enum ([serial]).
            Set<String> beyond = new TreeSet<>(AttributeNames.reservedMembers());
            beyond.removeAll(lowerCamel);
            assertThat(beyond).isSubsetOf("readObject", "readObjectNoData", "writeObject", "readResolve", "writeReplace",
                    "serialVersionUID", "serialPersistentFields");
        }
    }

    /**
     * A nested enum hides a type of the same simple name throughout {@code SipStatus}'s body, so every
     * type that body names without its package must be a reserved nested enum name: checked on the
     * source of a table with causes (the interworking members) and of this one with attributes.
     */
    @Test
    void theReservedTypeNamesCoverEveryTypeSipStatusNamesWithoutItsPackage() {
        StatusTable iana = Tables.ianaTable();
        List<GeneratedFile> ianaSources = JavaSources.generate(iana, new GeneratedTypes("com.example.iana"), "iana.yaml");
        Set<String> named = new TreeSet<>(typesNamedInCode(source(ianaSources, "SipStatus.java")));
        named.addAll(typesNamedInCode(source("SipStatus.java")));
        assertThat(named).contains("SipStatusCategory", "Optional", "Q850Cause", "Outcome");
        named.removeAll(List.of("Outcome", "Severity")); // this table's own nested enums
        assertThat(AttributeNames.reservedTypes()).containsAll(named);
    }

    /**
     * The simple names a source uses in its code, as javac parses it: identifiers that start with a
     * capital and have a lower-case letter (constants are all capitals), outside comments and literals.
     */
    private static Set<String> typesNamedInCode(String source) {
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null, List.of(), null,
                List.of(new SimpleJavaFileObject(URI.create("string:///SipStatus.java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                }));
        Set<String> types = new TreeSet<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                        String name = identifier.getName().toString();
                        if (Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase(Locale.ROOT))) {
                            types.add(name);
                        }
                        return null;
                    }
                }.scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    private static String source(String name) {
        return source(sources, name);
    }

    private static String source(List<GeneratedFile> sources, String name) {
        for (GeneratedFile file : sources) {
            if (file.relativePath().endsWith("/" + name)) {
                return new String(file.content(), StandardCharsets.US_ASCII);
            }
        }
        throw new AssertionError("no " + name);
    }
}
