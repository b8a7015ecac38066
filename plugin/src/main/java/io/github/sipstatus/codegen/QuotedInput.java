package io.github.sipstatus.codegen;

import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * The private {@code quote} helper of the generated parsers ({@code SipStatusLine}, {@code SipReason}):
 * how their exception messages show the input. Each generated type gets its own copy, so that it stands
 * alone; the emitters share this one definition.
 */
final class QuotedInput {

    /** How much of a bad input an exception message quotes: enough to recognise it in a log. */
    private static final int QUOTED_LENGTH = 60;
    private static final Modifier[] PRIVATE_STATIC = {Modifier.PRIVATE, Modifier.STATIC};

    private QuotedInput() {}

    static MethodSpec method() {
        return MethodSpec.methodBuilder("quote")
                .addModifiers(PRIVATE_STATIC)
                .returns(String.class)
                .addParameter(CharSequence.class, "text")
                .addJavadoc("The start of {@code text} in quotes, control and non-ASCII characters escaped, so that a\n"
                        + "message about hostile input is one printable line.\n")
                .addStatement("StringBuilder quoted = new StringBuilder(\"\\\"\")")
                .addStatement("int length = Math.min(text.length(), $L)", QUOTED_LENGTH)
                .beginControlFlow("for (int i = 0; i < length; i++)")
                .addStatement("char c = text.charAt(i)")
                .beginControlFlow("if (c == '\\r')")
                .addStatement("quoted.append(\"\\\\r\")")
                .nextControlFlow("else if (c == '\\n')")
                .addStatement("quoted.append(\"\\\\n\")")
                .nextControlFlow("else if (c == '\\t')")
                .addStatement("quoted.append(\"\\\\t\")")
                .nextControlFlow("else if (c == '\"' || c == '\\\\')")
                .addStatement("quoted.append('\\\\').append(c)")
                .nextControlFlow("else if (c < ' ' || c >= 0x7f)")
                .addStatement("String hex = Integer.toHexString(c)")
                .addStatement("quoted.append(\"\\\\u\").append(\"0000\", hex.length(), 4).append(hex)")
                .nextControlFlow("else")
                .addStatement("quoted.append(c)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return quoted.append(text.length() > length ? \"\\\"...\" : \"\\\"\").toString()")
                .build();
    }
}
