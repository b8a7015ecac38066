package io.github.sipstatus.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.sipstatus.model.StatusCode;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * The accessors of {@code SipReason} and its {@code toString}, {@code equals} and {@code hashCode}:
 * what a parsed or made reason answers. Part of {@link SipReasonEmitter}.
 */
final class SipReasonAccessors {

    private SipReasonAccessors() {}

    /** Adds the accessors; {@code q850} is the table's {@code Q850Cause} type, or null when the table has no causes. */
    static void add(TypeSpec.Builder type, ClassName self, ClassName status, ClassName q850) {
        type.addMethod(MethodSpec.methodBuilder("protocol")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The protocol as received, e.g. {@code SIP}, {@code Q.850}, {@code q.850} or {@code preemption}.\n\n"
                        + "@return the protocol, a token, never empty\n")
                .addStatement("return protocol")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isSip")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether the protocol is {@code SIP}, in any case: the cause is then a SIP status code.\n\n"
                        + "@return whether the protocol is SIP\n")
                .addStatement("return equalsIgnoreCase(protocol, SIP)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isQ850")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether the protocol is {@code Q.850}, in any case: the cause is then an ISDN cause value.\n\n"
                        + "@return whether the protocol is Q.850\n")
                .addStatement("return equalsIgnoreCase(protocol, Q850)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("cause")
                .addModifiers(Modifier.PUBLIC)
                .returns(OptionalInt.class)
                .addJavadoc("The {@code cause} parameter, a number in the protocol's terms (RFC 3326 \u00a72 does not bound it).\n\n"
                        + "@return the cause, or empty when the value has none\n")
                .beginControlFlow("if (cause < 0)")
                .addStatement("return $T.empty()", OptionalInt.class)
                .endControlFlow()
                .addStatement("return $T.of(cause)", OptionalInt.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("text")
                .addModifiers(Modifier.PUBLIC)
                .returns(SipReasonEmitter.optionalOf(ClassName.get(String.class)))
                .addJavadoc("The {@code text} parameter, unquoted and unescaped, e.g. {@code Terminated}.\n\n"
                        + "@return the text, or empty when the value has none\n")
                .addStatement("return named(TEXT)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("location")
                .addModifiers(Modifier.PUBLIC)
                .returns(SipReasonEmitter.optionalOf(ClassName.get(String.class)))
                .addJavadoc("The {@code location} parameter of RFC 8606: where in the telephone network a Q.850 cause\n"
                        + "arose, as Q.850 \u00a72.2.3 codes it, e.g. {@code LN} (public network serving the local user). It\n"
                        + "is returned as received, not checked against Q.850's list.\n\n"
                        + "@return the location, or empty when the value has none\n")
                .addStatement("return named(LOCATION)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("parameter")
                .addModifiers(Modifier.PUBLIC)
                .returns(SipReasonEmitter.optionalOf(ClassName.get(String.class)))
                .addParameter(String.class, "name")
                .addJavadoc("Any parameter by name, {@code cause} and {@code text} included, the name in any ASCII case\n"
                        + "(RFC 3261 \u00a77.3.1). A quoted-string value comes unquoted and unescaped; a parameter without a\n"
                        + "value gives the empty string.\n\n"
                        + "@param name the parameter's name\n"
                        + "@return its value, or empty when the value has no such parameter\n"
                        + "@throws NullPointerException when {@code name} is null\n")
                .addStatement("$T.requireNonNull(name, \"name\")", ClassName.get("java.util", "Objects"))
                .beginControlFlow("for (int i = 0; i < names.length; i++)")
                .beginControlFlow("if (equalsIgnoreCase(names[i], name))")
                .addStatement("return $T.of(values[i] == null ? \"\" : values[i])", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("parameterNames")
                .addModifiers(Modifier.PUBLIC)
                .returns(SipReasonEmitter.listOf(ClassName.get(String.class)))
                .addJavadoc("The names of the parameters, in the order received and in lower case.\n\n"
                        + "@return the names, in an unmodifiable list, empty when there are none\n")
                .addStatement("return $T.unmodifiableList($T.asList(names))", Collections.class, Arrays.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("sipStatus")
                .addModifiers(Modifier.PUBLIC)
                .returns(SipReasonEmitter.optionalOf(status))
                .addJavadoc("What a SIP cause means to this table: for protocol {@code SIP} and a cause of $L..$L, the status\n"
                        + "a client acts on as RFC 3261 \u00a78.1.3.2 prescribes ({@link $T#resolve(int)}): the table's status,\n"
                        + "or for a code it lacks the one its class falls back to.\n\n"
                        + "@return the status, or empty for another protocol, no cause, or a cause that is no status code\n",
                        StatusCode.MIN_CODE, StatusCode.MAX_CODE, status)
                .beginControlFlow("if (cause < $L || cause > $L || !isSip())", StatusCode.MIN_CODE, StatusCode.MAX_CODE)
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addStatement("return $T.of($T.resolve(cause))", Optional.class, status)
                .build());
        if (q850 != null) {
            type.addMethod(MethodSpec.methodBuilder("q850Cause")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(SipReasonEmitter.optionalOf(q850))
                    .addJavadoc("What a Q.850 cause means to this table: for protocol {@code Q.850}, the table's cause with\n"
                            + "that value ({@link $T#of(int)}).\n\n"
                            + "@return the cause, or empty for another protocol, no cause, or a cause the table lacks\n", q850)
                    .beginControlFlow("if (cause < 0 || !isQ850())")
                    .addStatement("return $T.empty()", Optional.class)
                    .endControlFlow()
                    .addStatement("return $T.of(cause)", q850)
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("named")
                .addModifiers(Modifier.PRIVATE)
                .returns(SipReasonEmitter.optionalOf(ClassName.get(String.class)))
                .addParameter(String.class, "lowerCaseName")
                .beginControlFlow("for (int i = 0; i < names.length; i++)")
                .beginControlFlow("if (names[i].equals(lowerCaseName))")
                .addStatement("return $T.of(values[i] == null ? \"\" : values[i])", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The canonical form: no whitespace, {@code SIP} and {@code Q.850} spelt so (another protocol as\n"
                        + "received), parameter names in lower case and in the order received, a cause in decimal without\n"
                        + "leading zeros, quoted-string values quoted again with {@code \"} and {@code \\} (and any control\n"
                        + "character an escape brought in) escaped, other values as received, e.g.\n"
                        + "{@code Q.850;cause=16;text=\"Terminated\"}. {@code parseHeader(reason.toString())} is a list of\n"
                        + "this one reason.\n\n"
                        + "@return the canonical form\n")
                .addStatement("return canonical")
                .build());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addJavadoc("Two reasons are equal when their canonical forms are: whitespace, the case of {@code SIP},\n"
                        + "{@code Q.850} and of parameter names, and how a text was escaped make no difference.\n\n"
                        + "@param other any object\n@return whether {@code other} is a reason with the same canonical form\n")
                .addStatement("return other instanceof $T && (($T) other).canonical.equals(canonical)", self, self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("A hash of the canonical form.\n\n@return the hash\n")
                .addStatement("return canonical.hashCode()")
                .build());
    }
}
