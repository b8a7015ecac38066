package io.github.sipstatus.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code SipStatus}: one enum constant per code, with O(1) lookups by code. A lookup is an
 * array load: no scan over {@code values()} (Spring's HttpStatus once scanned on every call), no
 * boxing, and {@code of} returns an {@code Optional} built once per constant, so none allocates.
 */
final class SipStatusEmitter {

    private static final Modifier[] PRIVATE_FINAL = {Modifier.PRIVATE, Modifier.FINAL};
    private static final Modifier[] PUBLIC_STATIC = {Modifier.PUBLIC, Modifier.STATIC};

    private SipStatusEmitter() {}

    static TypeSpec emit(StatusTable table, GeneratedTypes types) {
        ClassName self = types.status();
        ClassName category = types.category();
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(typeJavadoc(table, types));
        for (StatusCode code : table.codes()) {
            CodeBlock arguments = CodeBlock.of("$L, $S, $L", code.code(), code.reasonPhrase(), code.rfc().orElse(0));
            if (Q850CauseEmitter.applies(table)) {
                arguments = CodeBlock.of("$L, $L", arguments, table.q850().causeOf(code.code()).orElse(0));
            }
            arguments = CodeBlock.of("$L$L", arguments, SipStatusAttributes.arguments(code, table, self));
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(arguments)
                    .addJavadoc(StatusJavadoc.of(code, table));
            if (code.deprecation().isPresent()) {
                constant.addAnnotation(Deprecated.class);
            }
            type.addEnumConstant(code.constantName(), constant.build());
        }
        type.addField(FieldSpec.builder(String.class, "BUNDLE_BASE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Base name of the generated resource bundles, for {@code ResourceBundle.getBundle} or\n"
                        + "Spring's {@code ResourceBundleMessageSource}; see {@link #messageKey()} and {@link #hintKey()}.\n")
                .initializer("$S", types.bundleBaseName())
                .build());
        // Private statics in lower camel case: constants are UPPER_SNAKE_CASE, so no table can clash with them.
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "byCode", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Index {@code code - 100}: one array load finds a status.\n")
                .initializer("new $T[$L]", self, StatusCode.MAX_CODE - StatusCode.MIN_CODE + 1)
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "classFallback", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What an unknown code of each class is treated as (RFC 3261 \u00a78.1.3.2), index {@code class - 1}.\n")
                .initializer("{$L}", fallbacks(table))
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "resolved", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What {@code resolve} answers for each code, index {@code code - 100}: no branch on the hot path.\n")
                .initializer("new $T[$L]", self, StatusCode.MAX_CODE - StatusCode.MIN_CODE + 1)
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(ParameterizedTypeName.get(ClassName.get(Optional.class),
                                com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class))), "optionals",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What {@code of} answers for each code, index {@code code - 100}, made once: no allocation, no branch.\n")
                .initializer("new $T<?>[$L]", Optional.class, StatusCode.MAX_CODE - StatusCode.MIN_CODE + 1)
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .beginControlFlow("for ($T status : values())", self)
                .addStatement("byCode[status.code - $L] = status", StatusCode.MIN_CODE)
                .endControlFlow()
                .beginControlFlow("for (int index = 0; index < byCode.length; index++)")
                .addStatement("$T status = byCode[index]", self)
                .addStatement("resolved[index] = status != null ? status : classFallback[(index + $L) / 100 - 1]",
                        StatusCode.MIN_CODE)
                .addStatement("optionals[index] = status != null ? status.present : $T.empty()", Optional.class)
                .endControlFlow()
                .build());
        addInstanceState(type, self, category, table);
        addAccessors(type, self, category, types);
        if (Q850CauseEmitter.applies(table)) {
            addInterworking(type, types);
        }
        addLookups(type, self, table);
        return type.build();
    }

    private static CodeBlock typeJavadoc(StatusTable table, GeneratedTypes types) {
        String name = table.name().isPresent() ? " \"" + CommentText.javadoc(table.name().get()) + "\"" : "";
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("The SIP response status codes of the table$L, one constant per code, in code order.\n", name);
        if (table.provenance().isPresent()) {
            doc.add("Source: $L.\n", CommentText.javadoc(table.provenance().get()));
        }
        return doc.add("\n<p>Find a status with {@link #of(int)}, {@link #valueOf(int)} or, for a response from the wire,\n"
                        + "{@link #resolve(int)}. Texts for people come from the {@code $L} bundles in\n"
                        + "$L; {@link #message(java.util.Locale)} picks the locale.\n",
                GeneratedTypes.BUNDLE_SIMPLE_NAME, localeList(table))
                .add(attributesParagraph(table))
                .add("\n@see $T\n@see $T\n", types.codes(), types.category())
                .build();
    }

    /** Where the table's own attributes are: one accessor each. */
    private static CodeBlock attributesParagraph(StatusTable table) {
        if (table.attributes().isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder doc = CodeBlock.builder().add("\n<p>The table's own attributes, one accessor each:");
        for (int i = 0; i < table.attributes().size(); i++) {
            doc.add(i == 0 ? "\n{@link #$L()}" : ",\n{@link #$L()}", table.attributes().get(i).name());
        }
        return doc.add(".\nA code received from the wire that the table lacks has the attributes of the status\n"
                + "{@link #resolve(int)} answers.\n").build();
    }

    private static String localeList(StatusTable table) {
        List<String> tags = new ArrayList<>();
        for (Locale locale : table.locales()) {
            tags.add(locale.toLanguageTag());
        }
        return String.join(", ", tags) + " (default " + table.defaultLocale().toLanguageTag() + ")";
    }

    private static CodeBlock fallbacks(StatusTable table) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (ResponseClass responseClass : ResponseClass.values()) {
            StatusCode code = table.code(responseClass.fallbackCode()).orElseThrow(); // a StatusTable always has it
            list.add(responseClass == ResponseClass.PROVISIONAL ? "$L" : ", $L", code.constantName());
        }
        return list.build();
    }

    private static void addInstanceState(TypeSpec.Builder type, ClassName self, ClassName category, StatusTable table) {
        type.addField(int.class, "code", PRIVATE_FINAL)
                .addField(String.class, "reasonPhrase", PRIVATE_FINAL)
                .addField(int.class, "rfc", PRIVATE_FINAL)
                .addField(category, "category", PRIVATE_FINAL)
                .addField(String.class, "statusLine", PRIVATE_FINAL)
                .addField(String.class, "messageKey", PRIVATE_FINAL)
                .addField(String.class, "hintKey", PRIVATE_FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Optional.class), self), "present", PRIVATE_FINAL)
                        .addJavadoc("{@code of(int)} returns this, so that a lookup never allocates.\n")
                        .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(int.class, "code")
                .addParameter(String.class, "reasonPhrase")
                .addParameter(int.class, "rfc");
        if (Q850CauseEmitter.applies(table)) {
            type.addField(FieldSpec.builder(int.class, "q850", PRIVATE_FINAL)
                    .addJavadoc("The Q.850 cause for this response, 0 for none; the cause is looked up when asked, so that\n"
                            + "neither enum needs the other while it initializes.\n")
                    .build());
            constructor.addParameter(int.class, "q850").addStatement("this.q850 = q850");
        }
        constructor
                .addStatement("this.code = code")
                .addStatement("this.reasonPhrase = reasonPhrase")
                .addStatement("this.rfc = rfc")
                .addStatement("this.category = $T.of(code)", category)
                .addStatement("this.statusLine = $S + code + ' ' + reasonPhrase", "SIP/2.0 ")
                .addStatement("this.messageKey = code + $S", ".message")
                .addStatement("this.hintKey = code + $S", ".hint")
                .addStatement("this.present = $T.of(this)", Optional.class);
        SipStatusAttributes.addTo(type, constructor, table, self);
        type.addMethod(constructor.build());
    }

    private static void addAccessors(TypeSpec.Builder type, ClassName self, ClassName category, GeneratedTypes types) {
        type.addMethod(getter("code", TypeName.INT, "The numeric code, e.g. {@code 486}.", "the code, 100..699"));
        type.addMethod(getter("reasonPhrase", ClassName.get(String.class),
                "The reason phrase as the RFC spells it: the text that goes on the wire, e.g. {@code Busy Here}.",
                "the reason phrase, never empty"));
        type.addMethod(MethodSpec.methodBuilder("rfc")
                .addModifiers(Modifier.PUBLIC)
                .returns(OptionalInt.class)
                .addJavadoc("The number of the RFC that defines this code, if the table names it.\n\n"
                        + "@return the RFC's number, or empty\n")
                .addStatement("return rfc == 0 ? $T.empty() : $T.of(rfc)", OptionalInt.class, OptionalInt.class)
                .build());
        type.addMethod(getter("category", category, "The response class, from the first digit of the code.",
                "the response class"));
        type.addMethod(getter("statusLine", ClassName.get(String.class),
                "The status line of a response with this status, e.g. {@code SIP/2.0 486 Busy Here}.",
                "the status line, without CRLF"));
        for (ResponseClass responseClass : ResponseClass.values()) {
            type.addMethod(MethodSpec.methodBuilder(responseClass.predicateName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addJavadoc("Whether this is a $Lxx ($L) response.\n\n@return true for a $Lxx code\n",
                            responseClass.digit(), responseClass.rfcName(), responseClass.digit())
                    .addStatement("return category == $T.$L", category, responseClass.name())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("isFinal")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether this response is final (2xx to 6xx) and ends its transaction, RFC 3261 \u00a77.2.\n\n"
                        + "@return false for a 1xx code, true otherwise\n")
                .addStatement("return category.isFinal()")
                .build());
        type.addMethod(getter("messageKey", ClassName.get(String.class),
                "The bundle key of the message, e.g. {@code 486.message}, for readers of {@link #BUNDLE_BASE_NAME}.",
                "the message's key"));
        type.addMethod(getter("hintKey", ClassName.get(String.class),
                "The bundle key of the hint, e.g. {@code 486.hint}; absent from the bundles for codes without a hint.",
                "the hint's key"));
        type.addMethod(MethodSpec.methodBuilder("message")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(Locale.class, "locale")
                .addJavadoc(StatusJavadoc.LOCALE_RULE, "A short text for a person,")
                .addJavadoc("\n@param locale the locale the text is wanted in\n@return the message, never null\n")
                .addStatement("return $T.message(locale, ordinal())", types.texts())
                .build());
        type.addMethod(MethodSpec.methodBuilder("hint")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Optional.class, String.class))
                .addParameter(Locale.class, "locale")
                .addJavadoc("A longer explanation for a person, in the locale chosen as {@link #message(Locale)} chooses it.\n\n"
                        + "@param locale the locale the text is wanted in\n"
                        + "@return the hint, or empty when the table has none for this code\n")
                .addStatement("return $T.ofNullable($T.hint(locale, ordinal()))", Optional.class, types.texts())
                .build());
    }

    /** {@code q850Cause()} and {@code q850Location()}, for a table with Q.850 causes (RFC 3398 §8.2.6.1). */
    private static void addInterworking(TypeSpec.Builder type, GeneratedTypes types) {
        ClassName cause = types.q850Cause();
        type.addMethod(MethodSpec.methodBuilder("q850Cause")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), cause))
                .addJavadoc("The Q.850 cause a gateway sends towards the phone network when a call fails with this response\n"
                        + "(RFC 3398 \u00a78.2.6.1): the table's mapping, else the RFC's default for codes it does not list, 31\n"
                        + "(Normal, unspecified), for a 4xx, 5xx or 6xx code. A 1xx, 2xx or 3xx code has none (\u00a78.2.6 maps\n"
                        + "only final failures; for 3xx, \u00a78.2.5 allows cause 23 after the Contacts were tried, but does not\n"
                        + "prescribe it), and neither has a code the table maps to none (487, which answers one's own CANCEL).\n"
                        + "For 488 and 606 the RFC maps \"by Warning header\": 31 for most warn-codes, 65 (Bearer capability not\n"
                        + "implemented) when the Warning speaks to an unavailable bearer capability; this answers the table's\n"
                        + "value, which a caller that reads the Warning may refine.\n\n"
                        + "@return the cause, or empty when this response maps to none\n")
                .addStatement("return $T.of(q850)", cause)
                .build());
        type.addMethod(MethodSpec.methodBuilder("q850Location")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), cause.nestedClass("Location")))
                .addJavadoc("Where the cause of this response arose, as RFC 3398 \u00a78.2.6.1 sets it by default: the user\n"
                        + "for a 6xx response, a network for a 4xx or 5xx one.\n\n"
                        + "@return the location, or empty when this response maps to no cause\n")
                .beginControlFlow("if (q850 == 0)")
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addStatement("return code >= 600 ? userLocation : networkLocation")
                .build());
        for (String location : new String[] {"user", "network"}) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Optional.class), cause.nestedClass("Location")),
                            location + "Location", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($T.$L)", Optional.class, cause.nestedClass("Location"), location.toUpperCase(Locale.ROOT))
                    .build());
        }
    }

    private static void addLookups(TypeSpec.Builder type, ClassName self, StatusTable table) {
        type.addMethod(MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addStatement("int index = code - $L", StatusCode.MIN_CODE)
                .addStatement("return index >= 0 && index < byCode.length ? byCode[index] : null")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(PUBLIC_STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .addParameter(int.class, "code")
                .addJavadoc("The status with this code, or empty when the table has no such code.\n\n"
                        + "@param code any number\n@return the status, or empty\n")
                .addStatement("int index = code - $L", StatusCode.MIN_CODE)
                .beginControlFlow("if (index < 0 || index >= optionals.length)")
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addComment("Safe: the static initializer puts only Optional<$T> there.", self)
                .addCode("@$T($S)\n", SuppressWarnings.class, "unchecked")
                .addStatement("$T<$T> status = ($T<$T>) optionals[index]", Optional.class, self, Optional.class, self)
                .addStatement("return status")
                .build());
        type.addMethod(MethodSpec.methodBuilder("valueOf")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addJavadoc("The status with this code.\n\n@param code a code of the table\n@return the status\n"
                        + "@throws IllegalArgumentException when the table has no such code\n")
                .addStatement("$T status = find(code)", self)
                .beginControlFlow("if (status == null)")
                .addStatement("throw new $T($S + code)", IllegalArgumentException.class, "no SIP status in this table has the code ")
                .endControlFlow()
                .addStatement("return status")
                .build());
        type.addMethod(MethodSpec.methodBuilder("resolve")
                .addModifiers(PUBLIC_STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addJavadoc("The status a client acts on for a code received from the wire, as RFC 3261 \u00a78.1.3.2 prescribes:\n"
                        + "a known code is itself, an unknown 1xx is treated as $L, an unknown final code as the x00 of its class\n"
                        + "(499 as 400).\n\n@param code a code received, 100..699\n@return the status to act on\n"
                        + "@throws IllegalArgumentException when {@code code} is outside 100..699\n",
                        "183 Session Progress")
                .addStatement("int index = code - $L", StatusCode.MIN_CODE)
                .beginControlFlow("if (index < 0 || index >= resolved.length)")
                .addStatement("throw new $T($S + code)", IllegalArgumentException.class, "not a SIP status code (100..699): ")
                .endControlFlow()
                .addStatement("return resolved[index]")
                .build());
    }

    private static MethodSpec getter(String name, TypeName type, String javadoc, String returns) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("$L\n\n@return $L\n", javadoc, returns)
                .addStatement("return $N", name)
                .build();
    }
}
