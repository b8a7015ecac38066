package io.github.sipstatus.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.github.sipstatus.model.Category;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusTable;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code SipStatusCategory}: the six response classes of RFC 3261 §7.2 and a switch helper.
 * {@code switchOn(code, cases)} makes a caller implement one method per class, so Java 8 code gets
 * a dispatch over any int code that the compiler checks for completeness.
 */
final class SipStatusCategoryEmitter {

    private SipStatusCategoryEmitter() {}

    static TypeSpec emit(StatusTable table, GeneratedTypes types) {
        ClassName self = types.category();
        ClassName cases = self.nestedClass("Cases");
        TypeVariableName r = TypeVariableName.get("R");
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The class of a SIP response, named after its first digit as RFC 3261 \u00a77.2 names it.\n"
                        + "{@link #title(Locale)} gives the table's localized name.\n\n@see $T\n", types.status());
        Locale english = StatusJavadoc.documentationLocale(table);
        for (ResponseClass responseClass : ResponseClass.values()) {
            Optional<Category> category = table.category(responseClass);
            String title = category.isPresent()
                    ? " (" + CommentText.javadoc(StatusJavadoc.inOrDefault(category.get().title(), english, table)) + ")"
                    : "";
            type.addEnumConstant(responseClass.name(), TypeSpec.anonymousClassBuilder("$L, $S",
                            responseClass.digit(), responseClass.rfcName())
                    .addJavadoc("$Lxx $L$L.\n", responseClass.digit(), responseClass.rfcName(), title)
                    .build());
        }
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "BY_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Index {@code code - 100}: {@code of} is one array load, as fast as {@code SipStatus.of}\n"
                        + "(a division by 100 and {@code values()}, which copies its array, would cost more).\n")
                .initializer("new $T[600]", self)
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .addStatement("$T[] classes = values()", self)
                .beginControlFlow("for (int code = 100; code <= 699; code++)")
                .addStatement("BY_CODE[code - 100] = classes[code / 100 - 1]")
                .endControlFlow()
                .build());
        type.addField(int.class, "classDigit", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(String.class, "rfcName", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(int.class, "classDigit")
                .addParameter(String.class, "rfcName")
                .addStatement("this.classDigit = classDigit")
                .addStatement("this.rfcName = rfcName")
                .build());
        type.addMethod(MethodSpec.methodBuilder("classDigit")
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("The first digit of the codes in this class: 4 for 4xx.\n\n@return 1..6\n")
                .addStatement("return classDigit")
                .build());
        type.addMethod(MethodSpec.methodBuilder("contains")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Whether {@code code} belongs to this class, e.g. {@code CLIENT_ERROR.contains(486)}.\n\n"
                        + "@param code any number\n@return true when its first digit is this class's, and it is in 100..699\n")
                .addStatement("return code >= classDigit * 100 && code <= classDigit * 100 + 99")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isFinal")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether responses of this class are final (every class but 1xx), RFC 3261 \u00a77.2.\n\n"
                        + "@return false for 1xx, true otherwise\n")
                .addStatement("return this != $L", ResponseClass.PROVISIONAL.name())
                .build());
        type.addMethod(MethodSpec.methodBuilder("title")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(Locale.class, "locale")
                .addJavadoc(StatusJavadoc.LOCALE_RULE, "The table's name for this class,")
                .addJavadoc("The RFC name, e.g. {@code Client Error}, for a class the table has no category for.\n\n"
                        + "@param locale the locale the title is wanted in\n@return the title, never null\n")
                .addStatement("String title = $T.title(locale, ordinal())", types.texts())
                .addStatement("return title != null ? title : rfcName")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addJavadoc("The class of any code 100..699, known to the table or not.\n\n"
                        + "@param code a code, 100..699\n@return its class\n"
                        + "@throws IllegalArgumentException when {@code code} is outside 100..699\n")
                .addStatement("int index = code - 100")
                .beginControlFlow("if (index < 0 || index >= BY_CODE.length)")
                .addStatement("throw new $T($S + code)", IllegalArgumentException.class, "not a SIP status code (100..699): ")
                .endControlFlow()
                .addStatement("return BY_CODE[index]")
                .build());
        type.addType(casesInterface(cases, r));
        type.addMethod(switchOn(cases, r));
        for (ResponseClass responseClass : ResponseClass.values()) {
            type.addMethod(predicate(responseClass.predicateName(), responseClass.digit() * 100,
                    responseClass.digit() * 100 + 99, "a " + responseClass.digit() + "xx (" + responseClass.rfcName() + ") code"));
        }
        type.addMethod(predicate("isFinal", 200, 699, "a final (2xx to 6xx) code"));
        type.addMethod(MethodSpec.methodBuilder("checkRange")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(int.class, "code")
                .beginControlFlow("if (code < 100 || code > 699)")
                .addStatement("throw new $T($S + code)", IllegalArgumentException.class, "not a SIP status code (100..699): ")
                .endControlFlow()
                .build());
        return type.build();
    }

    private static TypeSpec casesInterface(ClassName cases, TypeVariableName r) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(cases)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(r)
                .addJavadoc("One method per response class; an implementation must handle all six, which is what\n"
                        + "makes {@link #switchOn(int, Cases)} exhaustive.\n\n@param <R> what handling a code yields\n");
        for (ResponseClass responseClass : ResponseClass.values()) {
            type.addMethod(MethodSpec.methodBuilder(responseClass.camelName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(r)
                    .addParameter(int.class, "code")
                    .addJavadoc("Handles a $Lxx ($L) code.\n\n@param code the code, $L..$L\n@return what the caller wants\n",
                            responseClass.digit(), responseClass.rfcName(), responseClass.digit() * 100,
                            responseClass.digit() * 100 + 99)
                    .build());
        }
        return type.build();
    }

    private static MethodSpec switchOn(ClassName cases, TypeVariableName r) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("checkRange(code)")
                .beginControlFlow("switch (code / 100)");
        for (ResponseClass responseClass : ResponseClass.values()) {
            body.addStatement("case $L: return cases.$L(code)", responseClass.digit(), responseClass.camelName());
        }
        body.addStatement("default: throw new $T(code)", AssertionError.class).endControlFlow();
        return MethodSpec.methodBuilder("switchOn")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(r)
                .returns(r)
                .addParameter(int.class, "code")
                .addParameter(ParameterizedTypeName.get(cases, r), "cases")
                .addJavadoc("Calls the method of {@code cases} for the class of {@code code}: a switch over the six\n"
                        + "classes that the compiler checks for completeness.\n\n"
                        + "@param <R> what handling a code yields\n@param code any code 100..699\n"
                        + "@param cases one handler per class\n@return what the handler returned\n"
                        + "@throws IllegalArgumentException when {@code code} is outside 100..699\n")
                .addCode(body.build())
                .build();
    }

    private static MethodSpec predicate(String name, int from, int to, String what) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Whether a raw {@code code} is $L; false for anything outside 100..699.\n\n"
                        + "@param code any number\n@return whether it is $L\n", what, what)
                .addStatement("return code >= $L && code <= $L", from, to)
                .build();
    }
}
