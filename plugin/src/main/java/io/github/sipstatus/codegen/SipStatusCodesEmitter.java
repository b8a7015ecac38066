package io.github.sipstatus.codegen;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code SipStatusCodes}: one compile-time {@code int} constant per code, so code that holds a
 * raw status from any SIP stack can {@code switch} on named cases.
 */
final class SipStatusCodesEmitter {

    private SipStatusCodesEmitter() {}

    static TypeSpec emit(StatusTable table, GeneratedTypes types) {
        TypeSpec.Builder type = TypeSpec.classBuilder(types.codes())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The SIP response status codes of the table as compile-time {@code int} constants, for a\n"
                        + "{@code switch} on a raw code from any SIP stack:\n"
                        + "<pre>{@code\n"
                        + "switch (response.getStatusCode()) {\n"
                        + "    case SipStatusCodes.$L:\n"
                        + "        ...\n"
                        + "}\n"
                        + "}</pre>\n\n@see $T\n", table.codes().get(0).constantName(), types.status());
        for (StatusCode code : table.codes()) {
            FieldSpec.Builder field = FieldSpec.builder(int.class, code.constantName(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(StatusJavadoc.of(code, table))
                    .addJavadoc("@see $T#$L\n", types.status(), code.constantName())
                    .initializer("$L", code.code());
            if (code.deprecation().isPresent()) {
                field.addAnnotation(Deprecated.class);
            }
            type.addField(field.build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addComment("constants only")
                .build());
        return type.build();
    }
}
