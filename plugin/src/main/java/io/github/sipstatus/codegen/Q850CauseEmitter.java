package io.github.sipstatus.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.sipstatus.model.Q850Cause;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Q850Cause}, for tables with {@code causes}: one constant per ITU-T Q.850 cause value,
 * with the SIP response RFC 3398 §7.2.4.1 (or the table) maps it to, and the RFC's defaults for
 * causes the table does not list. Lookups are array loads, as in {@code SipStatus}.
 *
 * <p>Neither type touches the other while it initializes: a cause keeps its status as a code and
 * finds it when asked, so {@code SipStatus} and {@code Q850Cause} can be loaded in either order.
 */
final class Q850CauseEmitter {

    private static final Modifier[] PRIVATE_FINAL = {Modifier.PRIVATE, Modifier.FINAL};
    private static final Modifier[] PRIVATE_STATIC_FINAL = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};
    private static final Modifier[] PUBLIC_STATIC = {Modifier.PUBLIC, Modifier.STATIC};
    /** The response §7.2.4.1 prescribes for a cause its table does not list. */
    static final int DEFAULT_RESPONSE = 500;

    private Q850CauseEmitter() {}

    static boolean applies(StatusTable table) {
        return !table.q850().isEmpty();
    }

    static TypeSpec emit(StatusTable table, GeneratedTypes types) {
        ClassName self = types.q850Cause();
        ClassName status = types.status();
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(typeJavadoc(table, status));
        Locale english = StatusJavadoc.documentationLocale(table);
        for (Q850Cause cause : table.q850().causes()) {
            type.addEnumConstant(cause.constantName(), TypeSpec.anonymousClassBuilder("$L, $S, $L",
                            cause.cause(), cause.name(), cause.sip().orElse(0))
                    .addJavadoc(constantJavadoc(cause, table, english))
                    .build());
        }
        type.addType(TypeSpec.enumBuilder("Location")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Where a cause arose, as RFC 3398 \u00a78.2.6.1 assigns it by default to the cause of a SIP response.\n"
                        + "The RFC names no particular network location (Q.850 and RFC 8606 have several: {@code LPN},\n"
                        + "{@code LN}, {@code TN} ...), so {@link #NETWORK} stands for all of them.\n")
                .addEnumConstant("USER", TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("The user: a 6xx response.\n").build())
                .addEnumConstant("NETWORK", TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("A network: a 4xx or 5xx response.\n").build())
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "byCause", PRIVATE_STATIC_FINAL)
                .addJavadoc("Index {@code cause}: one array load finds a cause.\n")
                .initializer("new $T[$L]", self, Q850Cause.MAX_CAUSE + 1)
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(ParameterizedTypeName.get(ClassName.get(Optional.class),
                                WildcardTypeName.subtypeOf(Object.class))), "optionals", PRIVATE_STATIC_FINAL)
                .addJavadoc("What {@code of} answers for each cause, made once.\n")
                .initializer("new $T<?>[$L]", Optional.class, Q850Cause.MAX_CAUSE + 1)
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .beginControlFlow("for ($T cause : values())", self)
                .addStatement("byCause[cause.cause] = cause")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < optionals.length; i++)")
                .addStatement("optionals[i] = byCause[i] != null ? byCause[i].present : $T.empty()", Optional.class)
                .endControlFlow()
                .build());
        type.addField(int.class, "cause", PRIVATE_FINAL)
                .addField(String.class, "text", PRIVATE_FINAL)
                .addField(FieldSpec.builder(int.class, "sip", PRIVATE_FINAL)
                        .addJavadoc("The response's code, 0 for none.\n").build())
                .addField(ParameterizedTypeName.get(ClassName.get(Optional.class), self), "present", PRIVATE_FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(int.class, "cause")
                .addParameter(String.class, "text")
                .addParameter(int.class, "sip")
                .addStatement("this.cause = cause")
                .addStatement("this.text = text")
                .addStatement("this.sip = sip")
                .addStatement("this.present = $T.of(this)", Optional.class)
                .build());
        addAccessors(type, status, types);
        addLookups(type, self, status);
        return type.build();
    }

    private static CodeBlock typeJavadoc(StatusTable table, ClassName status) {
        String name = table.name().isPresent() ? " \"" + CommentText.javadoc(table.name().get()) + "\"" : "";
        return CodeBlock.builder()
                .add("The ITU-T Q.850 cause values of the table$L, one constant per cause, in cause order, each with the\n"
                        + "SIP response a gateway sends for it (RFC 3398 \u00a77.2.4.1, as the table gives it).\n"
                        + "\n<p>The other direction, the cause for a SIP response (\u00a78.2.6.1), is {@link $T#q850Cause()}. Both\n"
                        + "tables of the RFC are RECOMMENDED, not required: a table that follows a carrier or a PBX instead\n"
                        + "changes the answers here.\n"
                        + "\n@see <a href=\"https://www.rfc-editor.org/rfc/rfc3398\">RFC 3398</a>\n", name, status)
                .build();
    }

    private static CodeBlock constantJavadoc(Q850Cause cause, StatusTable table, Locale english) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("<code>$L $L</code>: $L\n", cause.cause(), CommentText.javadoc(cause.name()),
                        CommentText.javadoc(StatusJavadoc.sentence(StatusJavadoc.inOrDefault(cause.message(), english, table))));
        if (cause.sip().isPresent()) {
            StatusCode code = table.code(cause.sip().getAsInt()).orElseThrow(); // the model guarantees it
            doc.add("\n<p>SIP response: <code>$L $L</code>.\n", code.code(), CommentText.javadoc(code.reasonPhrase()));
        } else {
            doc.add("\n<p>No SIP response: $L\n", cause.cause() == Q850Cause.NORMAL_CALL_CLEARING
                    ? "a call cleared normally ends with BYE, or with CANCEL before it is answered (RFC 3398 \u00a77.2.4.1)."
                    : "the table maps this cause to none, and it is not given the default 500 either.");
        }
        return doc.build();
    }

    private static void addAccessors(TypeSpec.Builder type, ClassName status, GeneratedTypes types) {
        type.addMethod(MethodSpec.methodBuilder("cause")
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("The cause value, e.g. {@code 17}.\n\n@return the cause, 1..127\n")
                .addStatement("return cause")
                .build());
        type.addMethod(MethodSpec.methodBuilder("text")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The Q.850 name, e.g. {@code User busy}: what a Reason header's {@code text} carries\n"
                        + "({@code Reason: Q.850;cause=17;text=\"User busy\"}, RFC 3326).\n\n@return the name, never empty\n")
                .addStatement("return text")
                .build());
        type.addMethod(MethodSpec.methodBuilder("message")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(Locale.class, "locale")
                .addJavadoc(StatusJavadoc.LOCALE_RULE, "A short text for a person,")
                .addJavadoc("\n@param locale the locale the text is wanted in\n@return the message, never null\n")
                .addStatement("return $T.q850Message(locale, ordinal())", types.texts())
                .build());
        type.addMethod(MethodSpec.methodBuilder("sipStatus")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), status))
                .addJavadoc("The SIP response a gateway sends for this cause, as the table maps it (RFC 3398 \u00a77.2.4.1).\n\n"
                        + "@return the status, or empty when the cause has none (16: the call is cleared with BYE or CANCEL)\n")
                .addStatement("return $T.of(sip)", status)
                .build());
    }

    private static void addLookups(TypeSpec.Builder type, ClassName self, ClassName status) {
        type.addMethod(MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(int.class, "cause")
                .addStatement("return cause >= 0 && cause < byCause.length ? byCause[cause] : null")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(PUBLIC_STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .addParameter(int.class, "cause")
                .addJavadoc("The cause with this value, or empty when the table does not list it.\n\n"
                        + "@param cause any number\n@return the cause, or empty\n")
                .beginControlFlow("if (cause < 0 || cause >= optionals.length)")
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addComment("Safe: the static initializer puts only Optional<$T> there.", self)
                .addCode("@$T($S)\n", SuppressWarnings.class, "unchecked")
                .addStatement("$T<$T> found = ($T<$T>) optionals[cause]", Optional.class, self, Optional.class, self)
                .addStatement("return found")
                .build());
        type.addMethod(MethodSpec.methodBuilder("valueOf")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(int.class, "cause")
                .addJavadoc("The cause with this value.\n\n@param cause a cause the table lists\n@return the cause\n"
                        + "@throws IllegalArgumentException when the table does not list it\n")
                .addStatement("$T found = find(cause)", self)
                .beginControlFlow("if (found == null)")
                .addStatement("throw new $T($S + cause)", IllegalArgumentException.class, "no Q.850 cause in this table has the value ")
                .endControlFlow()
                .addStatement("return found")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toSipStatus")
                .addModifiers(PUBLIC_STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), status))
                .addParameter(int.class, "cause")
                .addJavadoc("The SIP response for any cause received from the phone network, listed or not: the table's\n"
                        + "mapping for a listed cause, and RFC 3398 \u00a77.2.4.1's default, $L, for any other cause of 1..127.\n"
                        + "Cause 0 is not a Q.850 cause, and the RFC gives no response for it.\n\n"
                        + "@param cause the cause value, 0..127\n"
                        + "@return the status, or empty for 0 and for a listed cause without a response (16)\n"
                        + "@throws IllegalArgumentException when {@code cause} is outside 0..127 (a cause is seven bits)\n",
                        "500 Server Internal Error")
                .beginControlFlow("if (cause < 0 || cause >= byCause.length)")
                .addStatement("throw new $T($S + cause)", IllegalArgumentException.class, "not a Q.850 cause value (0..127): ")
                .endControlFlow()
                .addStatement("$T found = byCause[cause]", self)
                .beginControlFlow("if (found != null)")
                .addStatement("return found.sipStatus()")
                .endControlFlow()
                .addStatement("return cause == 0 ? $T.<$T>empty() : $T.of($L)", Optional.class, status, status, DEFAULT_RESPONSE)
                .build());
        type.addMethod(MethodSpec.methodBuilder("ofClearingRequest")
                .addModifiers(PUBLIC_STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .addParameter(CharSequence.class, "method")
                .addJavadoc("The cause a gateway sends when a SIP request ends the call: 16 (Normal call clearing) for\n"
                        + "{@code BYE} and {@code CANCEL} (RFC 3398 \u00a78.2.6.1), unless the request carries a Reason header\n"
                        + "with a Q.850 cause, which \u00a77.2.3 prefers.\n\n"
                        + "@param method the request's method, case-sensitive as RFC 3261 \u00a77.1 says\n"
                        + "@return cause 16, or empty for any other method\n")
                .addStatement("String name = method.toString()")
                .beginControlFlow("if (name.equals($S) || name.equals($S))", "BYE", "CANCEL")
                .addStatement("return of($L)", Q850Cause.NORMAL_CALL_CLEARING)
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
    }
}
