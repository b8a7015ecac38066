package io.github.sipstatus.codegen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The private helpers of {@code SipReason} that the factories, the accessors and the scanner share:
 * RFC 3261 §25.1's character classes, ASCII-only case folding, quoted-string escaping, and the
 * exception messages, which quote bad input escaped and shortened so that it stays one printable
 * log line. Part of {@link SipReasonEmitter}.
 */
final class SipReasonText {

    private static final Modifier[] PRIVATE_STATIC = {Modifier.PRIVATE, Modifier.STATIC};

    private SipReasonText() {}

    static void add(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("isTokenChar")
                .addModifiers(PRIVATE_STATIC)
                .returns(boolean.class)
                .addParameter(char.class, "c")
                .addComment("RFC 3261 \u00a725.1: token = 1*(alphanum / \"-\" / \".\" / \"!\" / \"%\" / \"*\" / \"_\" / \"+\" / \"`\" / \"'\" / \"~\")")
                .addStatement("return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'\n"
                        + "|| c == '-' || c == '.' || c == '!' || c == '%' || c == '*' || c == '_' || c == '+' || c == '`'\n"
                        + "|| c == '\\'' || c == '~'")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isWhitespace")
                .addModifiers(PRIVATE_STATIC)
                .returns(boolean.class)
                .addParameter(char.class, "c")
                .addStatement("return c == ' ' || c == '\\t'")
                .build());
        type.addMethod(MethodSpec.methodBuilder("equalsIgnoreCase")
                .addModifiers(PRIVATE_STATIC)
                .returns(boolean.class)
                .addParameter(String.class, "a")
                .addParameter(String.class, "b")
                .addJavadoc("ASCII only: {@code String.equalsIgnoreCase} would match the Kelvin sign or a dotted capital I\n"
                        + "to letters of a token.\n")
                .beginControlFlow("if (a.length() != b.length())")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < a.length(); i++)")
                .addStatement("char x = a.charAt(i)")
                .addStatement("char y = b.charAt(i)")
                .beginControlFlow("if (x == y)")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("int lower = x | 0x20")
                .beginControlFlow("if (lower != (y | 0x20) || lower < 'a' || lower > 'z')")
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .build());
        type.addMethod(MethodSpec.methodBuilder("firstControl")
                .addModifiers(PRIVATE_STATIC)
                .returns(int.class)
                .addParameter(String.class, "text")
                .addJavadoc("The index of the first control character but tab, or -1.\n")
                .beginControlFlow("for (int index = 0; index < text.length(); index++)")
                .addStatement("char c = text.charAt(index)")
                .beginControlFlow("if (c < ' ' && c != '\\t' || c == 0x7f)")
                .addStatement("return index")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return -1")
                .build());
        type.addMethod(MethodSpec.methodBuilder("appendQuoted")
                .addModifiers(PRIVATE_STATIC)
                .addParameter(StringBuilder.class, "to")
                .addParameter(String.class, "value")
                .addJavadoc("A quoted-string of {@code value}: {@code \"} and {@code \\} escaped, and the control characters a\n"
                        + "quoted-pair may carry (all but tab, which may stand as it is, and CR and LF, which no value holds).\n")
                .addStatement("to.append('\"')")
                .beginControlFlow("for (int i = 0; i < value.length(); i++)")
                .addStatement("char c = value.charAt(i)")
                .beginControlFlow("if (c == '\"' || c == '\\\\' || c < ' ' && c != '\\t' || c == 0x7f)")
                .addStatement("to.append('\\\\')")
                .endControlFlow()
                .addStatement("to.append(c)")
                .endControlFlow()
                .addStatement("to.append('\"')")
                .build());
        type.addMethod(MethodSpec.methodBuilder("describe")
                .addModifiers(PRIVATE_STATIC)
                .returns(String.class)
                .addParameter(char.class, "c")
                .addJavadoc("A character as a message names it, printably.\n")
                .beginControlFlow("if (c == '\\r' || c == '\\n')")
                .addStatement("return $S", "a line break")
                .endControlFlow()
                .beginControlFlow("if (c > ' ' && c < 0x7f)")
                .addStatement("return \"'\" + c + \"'\"")
                .endControlFlow()
                .beginControlFlow("if (c == ' ')")
                .addStatement("return $S", "a space")
                .endControlFlow()
                .addStatement("String hex = Integer.toHexString(c).toUpperCase($T.ROOT)", Locale.class)
                .addStatement("String code = \"U+\" + \"0000\".substring(hex.length()) + hex")
                .addStatement("return c < ' ' || c == 0x7f ? \"the control character \" + code : \"the character \" + code")
                .build());
        type.addMethod(MethodSpec.methodBuilder("invalid")
                .addModifiers(PRIVATE_STATIC)
                .returns(IllegalArgumentException.class)
                .addParameter(CharSequence.class, "text")
                .addParameter(String.class, "problem")
                .addParameter(int.class, "index")
                .addStatement("return new $T(\"not a SIP Reason header: \" + problem + \" at index \" + index + \" of \" + quote(text))",
                        IllegalArgumentException.class)
                .build());
        type.addMethod(QuotedInput.method());
    }
}
