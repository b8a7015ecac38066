package io.github.sipstatus.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.sipstatus.model.StatusCode;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code SipReason}: one value of a SIP {@code Reason} header field (RFC 3326 §2), parsed from
 * the wire or a log, or made for a status or a Q.850 cause.
 *
 * <p>The parser is hand-written into the generated class for the same reasons as {@code SipStatusLine}'s:
 * no regex (a header from the network must not be able to make a backtracking matcher spin), positioned
 * messages, and a consumer on Java 8 with no dependency. It is strict where RFC 3326 and RFC 3261 §25.1
 * give the value its structure, and keeps what it does not know (other protocols, extension parameters),
 * because RFC 3326 leaves both open. {@code withQ850Causes} adds the accessors for a table's
 * {@code Q850Cause} enum, which exists only when the table lists causes.
 *
 * <p>The type is large, so its parts come from four emitters: this one (state, construction, factories),
 * {@link SipReasonAccessors}, {@link SipReasonText} (characters, escaping, messages) and
 * {@link SipReasonScanner} (the parser).
 */
final class SipReasonEmitter {

    private static final Modifier[] PRIVATE_FINAL = {Modifier.PRIVATE, Modifier.FINAL};
    private static final Modifier[] PRIVATE_STATIC = {Modifier.PRIVATE, Modifier.STATIC};
    private static final Modifier[] PRIVATE_STATIC_FINAL = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};
    private static final Modifier[] PUBLIC_STATIC = {Modifier.PUBLIC, Modifier.STATIC};
    /** Q.850 §2.2.5 codes a cause value in seven bits. */
    private static final int MAX_Q850_CAUSE = 127;

    private SipReasonEmitter() {}

    /**
     * @param types          the package and names to generate into
     * @param withQ850Causes whether the table has Q.850 causes, so that {@code Q850Cause} is generated
     *                       beside this type and {@code SipReason} can refer to it
     */
    static TypeSpec emit(GeneratedTypes types, boolean withQ850Causes) {
        ClassName self = types.reason();
        ClassName status = types.status();
        ClassName q850 = types.q850Cause();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(typeJavadoc(status, withQ850Causes ? q850 : null));
        type.addField(constant(String.class, "SIP", "$S", "SIP"));
        type.addField(constant(String.class, "Q850", "$S", "Q.850"));
        type.addField(constant(String.class, "CAUSE", "$S", "cause"));
        type.addField(constant(String.class, "TEXT", "$S", "text"));
        type.addField(constant(String.class, "LOCATION", "$S", "location"));
        type.addField(FieldSpec.builder(String[].class, "CAUSE_ONLY", PRIVATE_STATIC_FINAL)
                .addJavadoc("Names and kinds shared by the values the factories make; never written to.\n")
                .initializer("{CAUSE}")
                .build());
        type.addField(FieldSpec.builder(String[].class, "CAUSE_AND_TEXT", PRIVATE_STATIC_FINAL)
                .initializer("{CAUSE, TEXT}")
                .build());
        type.addField(FieldSpec.builder(boolean[].class, "UNQUOTED", PRIVATE_STATIC_FINAL)
                .initializer("{false}")
                .build());
        type.addField(FieldSpec.builder(boolean[].class, "UNQUOTED_QUOTED", PRIVATE_STATIC_FINAL)
                .initializer("{false, true}")
                .build());
        type.addField(FieldSpec.builder(String.class, "protocol", PRIVATE_FINAL)
                .addJavadoc("As received.\n")
                .build());
        type.addField(FieldSpec.builder(String[].class, "names", PRIVATE_FINAL)
                .addJavadoc("In received order, lower case: RFC 3261 \u00a77.3.1 makes parameter names case-insensitive.\n")
                .build());
        type.addField(FieldSpec.builder(String[].class, "values", PRIVATE_FINAL)
                .addJavadoc("Unquoted and unescaped; null for a parameter without a value.\n")
                .build());
        type.addField(FieldSpec.builder(boolean[].class, "quoted", PRIVATE_FINAL)
                .addJavadoc("Whether each value was a quoted-string, so that it is written as one again.\n")
                .build());
        type.addField(FieldSpec.builder(int.class, "cause", PRIVATE_FINAL)
                .addJavadoc("The cause parameter, or -1 when there is none.\n")
                .build());
        type.addField(FieldSpec.builder(String.class, "canonical", PRIVATE_FINAL)
                .addJavadoc("What {@code toString}, {@code equals} and {@code hashCode} are made of.\n")
                .build());
        type.addMethod(constructor());
        addParsing(type, self);
        addFactories(type, self, status, withQ850Causes ? q850 : null);
        SipReasonAccessors.add(type, self, status, withQ850Causes ? q850 : null);
        SipReasonText.add(type);
        type.addType(SipReasonScanner.emit(self));
        return type.build();
    }

    private static FieldSpec constant(Class<?> type, String name, String format, Object value) {
        return FieldSpec.builder(type, name, PRIVATE_STATIC_FINAL).initializer(format, value).build();
    }

    private static CodeBlock typeJavadoc(ClassName status, ClassName q850) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("One value of a SIP {@code Reason} header field (RFC 3326 \u00a72): why a request such as a BYE or\n"
                        + "a CANCEL was sent, or, in a response, the cause behind it (RFC 6432), e.g.\n"
                        + "{@code Q.850;cause=16;text=\"Terminated\"}. A value names a protocol ({@code SIP}, {@code Q.850}\n"
                        + "or another token), usually a {@code cause} in that protocol and a {@code text} for people, and\n"
                        + "may carry other parameters, such as RFC 8606's {@code location}.\n"
                        + "\n<p>{@link #parseHeader(CharSequence)} reads every value of a header as received;\n"
                        + "{@link #sipStatus()} says what a SIP cause means to this table. The protocol and the parameters\n"
                        + "are kept in the order received, other parameters included. Instances are immutable and\n"
                        + "thread-safe; two are equal when their canonical forms ({@link #toString()}) are.\n")
                .add("\n@see $T\n", status);
        if (q850 != null) {
            doc.add("@see $T\n", q850);
        }
        return doc.build();
    }

    private static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "protocol")
                .addParameter(String[].class, "names")
                .addParameter(String[].class, "values")
                .addParameter(boolean[].class, "quoted")
                .addParameter(int.class, "cause")
                .addStatement("this.protocol = protocol")
                .addStatement("this.names = names")
                .addStatement("this.values = values")
                .addStatement("this.quoted = quoted")
                .addStatement("this.cause = cause")
                .addStatement("StringBuilder form = new StringBuilder(protocol.length() + 24 * names.length)")
                .addComment("RFC 3261 \u00a77.3.1: values are case-insensitive unless a header says otherwise; the two")
                .addComment("protocols RFC 3326 names are written its way, any other token as received.")
                .beginControlFlow("if (equalsIgnoreCase(protocol, SIP))")
                .addStatement("form.append(SIP)")
                .nextControlFlow("else if (equalsIgnoreCase(protocol, Q850))")
                .addStatement("form.append(Q850)")
                .nextControlFlow("else")
                .addStatement("form.append(protocol)")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < names.length; i++)")
                .addStatement("form.append(';').append(names[i])")
                .beginControlFlow("if (values[i] != null)")
                .addStatement("form.append('=')")
                .beginControlFlow("if (quoted[i])")
                .addStatement("appendQuoted(form, values[i])")
                .nextControlFlow("else")
                .addStatement("form.append(values[i])")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("this.canonical = form.toString()")
                .build();
    }

    private static void addParsing(TypeSpec.Builder type, ClassName self) {
        type.addMethod(MethodSpec.methodBuilder("parseHeader")
                .addModifiers(PUBLIC_STATIC)
                .returns(listOf(self))
                .addParameter(CharSequence.class, "header")
                .addJavadoc("Parses a {@code Reason} header field: every value, in order. The field name may come first, in\n"
                        + "any case ({@code Reason: SIP;cause=200}), or be left off ({@code SIP;cause=200}). The grammar is\n"
                        + "RFC 3326 \u00a72's with RFC 3261 \u00a725.1's rules: values are separated by commas, parameters by\n"
                        + "semicolons, and whitespace (spaces, tabs, and a line folded by {@code CRLF} and a space or tab) may\n"
                        + "stand around {@code :}, {@code ,}, {@code ;} and {@code =}, but not at the very end. A parameter\n"
                        + "value is a token, an IPv6 reference ({@code [2001:db8::1]}) or a quoted-string, whose\n"
                        + "{@code \\} escapes are undone and whose folded lines are joined. One line break at the end\n"
                        + "({@code CRLF} or {@code LF}) is ignored.\n"
                        + "\n<p>Strict beyond the grammar where RFC 3326 gives a parameter its meaning: {@code cause} must be\n"
                        + "digits (that fit an {@code int}) and {@code text} a quoted-string, not an extension parameter\n"
                        + "that happens to share the name; and no parameter may appear twice in a value (RFC 3261\n"
                        + "\u00a77.3.1). Protocols and parameters it does not know are kept, not refused.\n\n"
                        + "@param header the field or its value, e.g. {@code Reason: Q.850 ;cause=16 ;text=\"Terminated\"}\n"
                        + "@return the values, at least one, in an unmodifiable list\n"
                        + "@throws IllegalArgumentException naming the problem and its index in {@code header}, e.g.\n"
                        + "    {@code expected the digits of the cause, found 'x' at index 10} for {@code SIP;cause=x}\n"
                        + "@throws NullPointerException when {@code header} is null\n")
                .addStatement("return new $N(header).header()", SipReasonScanner.NAME)
                .build());
    }

    private static void addFactories(TypeSpec.Builder type, ClassName self, ClassName status, ClassName q850) {
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(status, "status")
                .addJavadoc("The reason a request or response gives for a status of the table: protocol {@code SIP}, its code\n"
                        + "as the cause and its reason phrase as the text, e.g. {@code SIP;cause=486;text=\"Busy Here\"}.\n\n"
                        + "@param status a status of the table\n"
                        + "@return the reason\n")
                .addStatement("return make(SIP, status.code(), status.reasonPhrase())")
                .build());
        if (q850 != null) {
            type.addMethod(MethodSpec.methodBuilder("of")
                    .addModifiers(PUBLIC_STATIC)
                    .returns(self)
                    .addParameter(q850, "cause")
                    .addJavadoc("The reason a gateway gives for a Q.850 cause of the table: protocol {@code Q.850}, the cause and\n"
                            + "its Q.850 name as the text, e.g. {@code Q.850;cause=17;text=\"User busy\"}.\n\n"
                            + "@param cause a cause of the table\n"
                            + "@return the reason\n")
                    .addStatement("return q850(cause.cause(), cause.text())")
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("sip")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addParameter(String.class, "text")
                .addJavadoc("A reason with protocol {@code SIP}: a status code, in the table or not, and a text of one's own.\n\n"
                        + "@param code the status code, $L..$L\n"
                        + "@param text the text, possibly empty; null for a reason without one\n"
                        + "@return the reason, e.g. {@code SIP;cause=200;text=\"Call completed elsewhere\"}\n"
                        + "@throws IllegalArgumentException when the code is outside $L..$L or the text has a control\n"
                        + "    character other than tab\n", StatusCode.MIN_CODE, StatusCode.MAX_CODE, StatusCode.MIN_CODE,
                        StatusCode.MAX_CODE)
                .beginControlFlow("if (code < $L || code > $L)", StatusCode.MIN_CODE, StatusCode.MAX_CODE)
                .addStatement("throw new $T(\"SIP cause \" + code + $S)", IllegalArgumentException.class,
                        " is not a status code of " + StatusCode.MIN_CODE + ".." + StatusCode.MAX_CODE)
                .endControlFlow()
                .addStatement("return make(SIP, code, text)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("q850")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(int.class, "cause")
                .addParameter(String.class, "text")
                .addJavadoc("A reason with protocol {@code Q.850}: any cause the seven bits of Q.850's cause value hold,\n"
                        + "0..$L, and a text of one's own. Q.850 assigns no cause 0, but equipment reports it for a cause\n"
                        + "it does not know, so it is not refused here.\n\n"
                        + "@param cause the cause, 0..$L\n"
                        + "@param text the text, possibly empty; null for a reason without one\n"
                        + "@return the reason, e.g. {@code Q.850;cause=16;text=\"Terminated\"}\n"
                        + "@throws IllegalArgumentException when the cause is outside 0..$L or the text has a control\n"
                        + "    character other than tab\n", MAX_Q850_CAUSE, MAX_Q850_CAUSE, MAX_Q850_CAUSE)
                .beginControlFlow("if (cause < 0 || cause > $L)", MAX_Q850_CAUSE)
                .addStatement("throw new $T(\"Q.850 cause \" + cause + $S)", IllegalArgumentException.class,
                        " is not in 0.." + MAX_Q850_CAUSE)
                .endControlFlow()
                .addStatement("return make(Q850, cause, text)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("make")
                .addModifiers(PRIVATE_STATIC)
                .returns(self)
                .addParameter(String.class, "protocol")
                .addParameter(int.class, "cause")
                .addParameter(String.class, "text")
                .beginControlFlow("if (text == null)")
                .addStatement("return new $T(protocol, CAUSE_ONLY, new String[] {Integer.toString(cause)}, UNQUOTED, cause)", self)
                .endControlFlow()
                .addStatement("int bad = firstControl(text)")
                .beginControlFlow("if (bad >= 0)")
                .addStatement("throw new $T(describe(text.charAt(bad)) + \" at index \" + bad + \" of the text \" + quote(text))",
                        IllegalArgumentException.class)
                .endControlFlow()
                .addStatement("return new $T(protocol, CAUSE_AND_TEXT, new String[] {Integer.toString(cause), text}, UNQUOTED_QUOTED,"
                        + " cause)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("headerValue")
                .addModifiers(PUBLIC_STATIC)
                .returns(String.class)
                .addParameter(listOf(self), "reasons")
                .addJavadoc("The value of a {@code Reason} header field that carries these reasons, each in its canonical\n"
                        + "form, separated by {@code \", \"}: what follows {@code Reason: } on the wire.\n\n"
                        + "@param reasons the values, at least one\n"
                        + "@return the field value, e.g. {@code SIP;cause=200, Q.850;cause=16}\n"
                        + "@throws IllegalArgumentException when {@code reasons} is empty: a field has at least one value\n"
                        + "@throws NullPointerException when {@code reasons} or one of them is null\n")
                .beginControlFlow("if (reasons.isEmpty())")
                .addStatement("throw new $T($S)", IllegalArgumentException.class, "a Reason header has at least one value")
                .endControlFlow()
                .addStatement("StringBuilder value = new StringBuilder(reasons.get(0).canonical)")
                .beginControlFlow("for (int i = 1; i < reasons.size(); i++)")
                .addStatement("value.append(\", \").append(reasons.get(i).canonical)")
                .endControlFlow()
                .addStatement("return value.toString()")
                .build());
    }

    static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }

    static TypeName optionalOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), element);
    }
}
