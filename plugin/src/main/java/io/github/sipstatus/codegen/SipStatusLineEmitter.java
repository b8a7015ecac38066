package io.github.sipstatus.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.sipstatus.model.StatusCode;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code SipStatusLine}: a status line parsed from the wire or a log, or made for a status.
 *
 * <p>Strict where RFC 3261 §25.1's grammar gives the line its structure (version, single spaces,
 * three digits), liberal in the reason phrase, which a client need not even read (§21): only control
 * characters are refused there, because they would break the line. A line of a table status with its
 * table phrase, the line most programs see, parses to a value made once per status, so parsing it
 * allocates nothing; any other line costs one object and its two strings.
 */
final class SipStatusLineEmitter {

    private static final Modifier[] PRIVATE_FINAL = {Modifier.PRIVATE, Modifier.FINAL};
    private static final Modifier[] PRIVATE_STATIC = {Modifier.PRIVATE, Modifier.STATIC};
    private static final Modifier[] PUBLIC_STATIC = {Modifier.PUBLIC, Modifier.STATIC};
    private static final String RFC_VERSION = "SIP/2.0";

    private SipStatusLineEmitter() {}

    static TypeSpec emit(GeneratedTypes types) {
        ClassName self = types.statusLine();
        ClassName status = types.status();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(typeJavadoc(status));
        type.addField(FieldSpec.builder(String.class, "SIP_2_0", PRIVATE_STATIC).addModifiers(Modifier.FINAL)
                .initializer("$S", RFC_VERSION)
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "tableLines", PRIVATE_STATIC).addModifiers(Modifier.FINAL)
                .addJavadoc("The line of each table status with its table phrase, index {@code ordinal()}: made once, so\n"
                        + "that parsing the common line allocates nothing.\n")
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .addStatement("$T[] statuses = $T.values()", status, status)
                .addStatement("tableLines = new $T[statuses.length]", self)
                .beginControlFlow("for (int i = 0; i < statuses.length; i++)")
                .addStatement("$T status = statuses[i]", status)
                .addStatement("tableLines[i] = new $T(status.statusLine(), SIP_2_0, status.code(), status.reasonPhrase())", self)
                .endControlFlow()
                .build());
        type.addField(String.class, "line", PRIVATE_FINAL)
                .addField(String.class, "version", PRIVATE_FINAL)
                .addField(int.class, "code", PRIVATE_FINAL)
                .addField(String.class, "reasonPhrase", PRIVATE_FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "line")
                .addParameter(String.class, "version")
                .addParameter(int.class, "code")
                .addParameter(String.class, "reasonPhrase")
                .addStatement("this.line = line")
                .addStatement("this.version = version")
                .addStatement("this.code = code")
                .addStatement("this.reasonPhrase = reasonPhrase")
                .build());
        addFactories(type, self, status);
        addAccessors(type, self, status);
        addScanning(type, status);
        return type.build();
    }

    private static CodeBlock typeJavadoc(ClassName status) {
        return CodeBlock.builder()
                .add("A SIP status line, the first line of every response (RFC 3261 \u00a725.1):\n"
                        + "{@code SIP-Version SP Status-Code SP Reason-Phrase}, e.g. {@code SIP/2.0 486 Busy Here}.\n"
                        + "\n<p>{@link #parse(CharSequence)} reads one as received, from the wire or a log: the version and\n"
                        + "the reason phrase are kept as they were sent, and {@link #status()} and {@link #resolved()} say\n"
                        + "what the code means to this table. Instances are immutable and thread-safe; two are equal when\n"
                        + "their lines are the same text.\n"
                        + "\n@see $T#statusLine()\n", status)
                .build();
    }

    private static void addFactories(TypeSpec.Builder type, ClassName self, ClassName status) {
        type.addMethod(MethodSpec.methodBuilder("parse")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(CharSequence.class, "text")
                .addJavadoc("Parses a status line. The structure is checked strictly: the version is {@code SIP/} followed by\n"
                        + "digits, a dot and digits (in any case: {@code sip/2.0} is kept as written), then exactly one space,\n"
                        + "a three-digit code of 100..699, and one space before the reason phrase, which may be empty. The\n"
                        + "phrase may hold any character but a control character other than tab; \u00a725.1 is narrower, but a\n"
                        + "client is not required to read the phrase (\u00a721), so a response is not refused for its wording.\n"
                        + "One line break at the end ({@code CRLF}, {@code LF} or {@code CR}) is ignored; nothing else is\n"
                        + "trimmed.\n\n"
                        + "@param text the line, e.g. {@code SIP/2.0 486 Busy Here}\n"
                        + "@return the status line\n"
                        + "@throws IllegalArgumentException naming the problem and its index in {@code text}, e.g.\n"
                        + "    {@code expected a three-digit status code at index 8}\n"
                        + "@throws NullPointerException when {@code text} is null\n")
                .addStatement("int end = text.length()")
                .beginControlFlow("if (end > 0 && text.charAt(end - 1) == '\\n')")
                .addStatement("end--")
                .endControlFlow()
                .beginControlFlow("if (end > 0 && text.charAt(end - 1) == '\\r')")
                .addStatement("end--")
                .endControlFlow()
                .beginControlFlow("if (end < 4 || !startsWithSip(text))")
                .addStatement("throw invalid(text, $S, 0)", "expected the SIP version, as in SIP/2.0,")
                .endControlFlow()
                .addStatement("int index = digits(text, 4, end)")
                .beginControlFlow("if (index == 4 || index == end || text.charAt(index) != '.')")
                .addStatement("throw invalid(text, index == 4 ? $S : $S, index)",
                        "expected a digit of the SIP version", "expected '.' in the SIP version")
                .endControlFlow()
                .addStatement("int minor = index + 1")
                .addStatement("int versionEnd = digits(text, minor, end)")
                .beginControlFlow("if (versionEnd == minor)")
                .addStatement("throw invalid(text, $S, minor)", "expected a digit of the SIP version")
                .endControlFlow()
                .beginControlFlow("if (versionEnd == end || text.charAt(versionEnd) != ' ')")
                .addStatement("throw invalid(text, $S, versionEnd)", "expected one space after the SIP version")
                .endControlFlow()
                .addStatement("int codeStart = versionEnd + 1")
                .addStatement("int codeEnd = digits(text, codeStart, end)")
                .beginControlFlow("if (codeEnd - codeStart != 3)")
                .addStatement("throw invalid(text, $S, codeStart)", "expected a three-digit status code")
                .endControlFlow()
                .addStatement("int code = (text.charAt(codeStart) - '0') * 100 + (text.charAt(codeStart + 1) - '0') * 10\n"
                        + "+ (text.charAt(codeStart + 2) - '0')")
                .beginControlFlow("if (code < $L || code > $L)", StatusCode.MIN_CODE, StatusCode.MAX_CODE)
                .addStatement("throw invalid(text, \"status code \" + text.subSequence(codeStart, codeEnd) + $S, codeStart)",
                        " is not in " + StatusCode.MIN_CODE + ".." + StatusCode.MAX_CODE)
                .endControlFlow()
                .beginControlFlow("if (codeEnd == end || text.charAt(codeEnd) != ' ')")
                .addStatement("throw invalid(text, $S, codeEnd)",
                        "expected one space after the status code (it precedes even an empty reason phrase)")
                .endControlFlow()
                .addStatement("int phraseStart = codeEnd + 1")
                .addStatement("int bad = firstControl(text, phraseStart, end)")
                .beginControlFlow("if (bad >= 0)")
                .addStatement("throw invalid(text, problem(text.charAt(bad)) + $S, bad)", " in the reason phrase")
                .endControlFlow()
                .addStatement("$T<$T> known = $T.of(code)", Optional.class, status, status)
                .addStatement("boolean rfcVersion = regionIs(text, 0, versionEnd, SIP_2_0)")
                .beginControlFlow("if (rfcVersion && known.isPresent() && regionIs(text, phraseStart, end, known.get().reasonPhrase()))")
                .addStatement("return tableLines[known.get().ordinal()]")
                .endControlFlow()
                .addComment("substring(0, length()) of a String is the String itself: a line without CRLF is not copied.")
                .addStatement("String line = text.toString().substring(0, end)")
                .addStatement("return new $T(line, line.substring(0, versionEnd), code, line.substring(phraseStart))", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(status, "status")
                .addJavadoc("The line a response with this status carries: {@code SIP/2.0}, the code and the table's reason phrase.\n\n"
                        + "@param status a status of the table\n"
                        + "@return its status line, the same instance every time\n")
                .addStatement("return tableLines[status.ordinal()]")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addParameter(String.class, "reasonPhrase")
                .addJavadoc("A {@code SIP/2.0} line with any code of 100..699 and a reason phrase of one's own, e.g. for a\n"
                        + "response the table has no wording for. The phrase follows the rules of {@link #parse(CharSequence)}.\n\n"
                        + "@param code the status code, 100..699, in the table or not\n"
                        + "@param reasonPhrase the phrase, possibly empty\n"
                        + "@return the status line\n"
                        + "@throws IllegalArgumentException when the code is outside 100..699 or the phrase has a control\n"
                        + "    character other than tab\n")
                .beginControlFlow("if (code < $L || code > $L)", StatusCode.MIN_CODE, StatusCode.MAX_CODE)
                .addStatement("throw new $T(\"status code \" + code + $S)", IllegalArgumentException.class,
                        " is not in " + StatusCode.MIN_CODE + ".." + StatusCode.MAX_CODE)
                .endControlFlow()
                .addStatement("int bad = firstControl(reasonPhrase, 0, reasonPhrase.length())")
                .beginControlFlow("if (bad >= 0)")
                .addStatement("throw new $T(problem(reasonPhrase.charAt(bad)) + \" at index \" + bad + $S + quote(reasonPhrase))",
                        IllegalArgumentException.class, " of the reason phrase ")
                .endControlFlow()
                .addStatement("$T<$T> known = $T.of(code)", Optional.class, status, status)
                .beginControlFlow("if (known.isPresent() && known.get().reasonPhrase().equals(reasonPhrase))")
                .addStatement("return tableLines[known.get().ordinal()]")
                .endControlFlow()
                .addStatement("return new $T(SIP_2_0 + ' ' + code + ' ' + reasonPhrase, SIP_2_0, code, reasonPhrase)", self)
                .build());
    }

    private static void addAccessors(TypeSpec.Builder type, ClassName self, ClassName status) {
        type.addMethod(getter("version", String.class,
                "The SIP version as received, e.g. {@code SIP/2.0}.", "the version, never empty"));
        type.addMethod(MethodSpec.methodBuilder("code")
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("The status code.\n\n@return the code, 100..699\n")
                .addStatement("return code")
                .build());
        type.addMethod(getter("reasonPhrase", String.class,
                "The reason phrase as received, which may be empty or differ from the table's.",
                "the phrase, never null"));
        type.addMethod(MethodSpec.methodBuilder("status")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), status))
                .addJavadoc("The table's status with this code, whatever the phrase says.\n\n"
                        + "@return the status, or empty when the table has no such code\n")
                .addStatement("return $T.of(code)", status)
                .build());
        type.addMethod(MethodSpec.methodBuilder("resolved")
                .addModifiers(Modifier.PUBLIC)
                .returns(status)
                .addJavadoc("The status a client acts on for this line, as RFC 3261 \u00a78.1.3.2 prescribes (see\n"
                        + "{@link $T#resolve(int)}): the status itself, or for an unknown code the one its class falls back to.\n\n"
                        + "@return the status to act on, never null\n", status)
                .addStatement("return $T.resolve(code)", status)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hasTableReasonPhrase")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether the reason phrase is the table's for this code, character for character.\n\n"
                        + "@return false for another wording and for a code the table lacks\n")
                .addStatement("$T<$T> known = $T.of(code)", Optional.class, status, status)
                .addStatement("return known.isPresent() && known.get().reasonPhrase().equals(reasonPhrase)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The line as received or made, without a line break: {@code parse(line.toString())} equals {@code line}.\n\n"
                        + "@return the status line\n")
                .addStatement("return line")
                .build());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addJavadoc("Two status lines are equal when their text is, version and phrase included.\n\n"
                        + "@param other any object\n@return whether {@code other} is a status line with the same text\n")
                .addStatement("return other instanceof $T && (($T) other).line.equals(line)", self, self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("A hash of the line's text.\n\n@return the hash\n")
                .addStatement("return line.hashCode()")
                .build());
    }

    /** The private helpers of {@code parse}: index loops over a CharSequence, no regex, no copies. */
    private static void addScanning(TypeSpec.Builder type, ClassName status) {
        type.addMethod(MethodSpec.methodBuilder("startsWithSip")
                .addModifiers(PRIVATE_STATIC)
                .returns(boolean.class)
                .addParameter(CharSequence.class, "text")
                .addComment("RFC 3261 \u00a77.1: the version is case-insensitive.")
                .addStatement("return (text.charAt(0) | 0x20) == 's' && (text.charAt(1) | 0x20) == 'i'\n"
                        + "&& (text.charAt(2) | 0x20) == 'p' && text.charAt(3) == '/'")
                .build());
        type.addMethod(MethodSpec.methodBuilder("digits")
                .addModifiers(PRIVATE_STATIC)
                .returns(int.class)
                .addParameter(CharSequence.class, "text")
                .addParameter(int.class, "from")
                .addParameter(int.class, "end")
                .addJavadoc("The index after the ASCII digits that start at {@code from}.\n")
                .addStatement("int index = from")
                .beginControlFlow("while (index < end && text.charAt(index) >= '0' && text.charAt(index) <= '9')")
                .addStatement("index++")
                .endControlFlow()
                .addStatement("return index")
                .build());
        type.addMethod(MethodSpec.methodBuilder("firstControl")
                .addModifiers(PRIVATE_STATIC)
                .returns(int.class)
                .addParameter(CharSequence.class, "text")
                .addParameter(int.class, "from")
                .addParameter(int.class, "end")
                .addJavadoc("The index of the first control character but tab, or -1.\n")
                .beginControlFlow("for (int index = from; index < end; index++)")
                .addStatement("char c = text.charAt(index)")
                .beginControlFlow("if (c < ' ' && c != '\\t' || c == 0x7f)")
                .addStatement("return index")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return -1")
                .build());
        type.addMethod(MethodSpec.methodBuilder("regionIs")
                .addModifiers(PRIVATE_STATIC)
                .returns(boolean.class)
                .addParameter(CharSequence.class, "text")
                .addParameter(int.class, "from")
                .addParameter(int.class, "end")
                .addParameter(String.class, "expected")
                .addStatement("int length = end - from")
                .beginControlFlow("if (length != expected.length())")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < length; i++)")
                .beginControlFlow("if (text.charAt(from + i) != expected.charAt(i))")
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .build());
        type.addMethod(MethodSpec.methodBuilder("problem")
                .addModifiers(PRIVATE_STATIC)
                .returns(String.class)
                .addParameter(char.class, "c")
                .beginControlFlow("if (c == '\\r' || c == '\\n')")
                .addStatement("return $S", "a line break")
                .endControlFlow()
                .addStatement("String hex = Integer.toHexString(c).toUpperCase($T.ROOT)", Locale.class)
                .addStatement("return \"the control character U+\" + (hex.length() == 1 ? \"000\" : \"00\") + hex")
                .build());
        type.addMethod(MethodSpec.methodBuilder("invalid")
                .addModifiers(PRIVATE_STATIC)
                .returns(IllegalArgumentException.class)
                .addParameter(CharSequence.class, "text")
                .addParameter(String.class, "problem")
                .addParameter(int.class, "index")
                .addStatement("return new $T(\"not a SIP status line: \" + problem + \" at index \" + index + \" of \" + quote(text))",
                        IllegalArgumentException.class)
                .build());
        type.addMethod(QuotedInput.method());
    }

    private static MethodSpec getter(String name, Class<?> type, String javadoc, String returns) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("$L\n\n@return $L\n", javadoc, returns)
                .addStatement("return $N", name)
                .build();
    }
}
