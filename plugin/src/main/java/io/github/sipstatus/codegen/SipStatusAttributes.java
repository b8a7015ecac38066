package io.github.sipstatus.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.sipstatus.model.Attribute;
import io.github.sipstatus.model.AttributeValue;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * The table's own attributes on {@code SipStatus}: for each, a final field set by the constructor and
 * an accessor that returns it, and for an {@code enum} attribute a nested enum of its values. An
 * accessor is one field read: optional values are wrapped once, when the constants are made, so that
 * no call boxes, allocates or looks anything up.
 */
final class SipStatusAttributes {

    private SipStatusAttributes() {}

    /** The constant's arguments for its attributes, to follow the others: {@code , true, Outcome.BUSY}. */
    static CodeBlock arguments(StatusCode code, StatusTable table, ClassName self) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (Attribute attribute : table.attributes()) {
            arguments.add(", ").add(literal(attribute, attribute.valueOf(code), self));
        }
        return arguments.build();
    }

    private static CodeBlock literal(Attribute attribute, Optional<AttributeValue> value, ClassName self) {
        if (attribute.optional()) {
            if (value.isEmpty()) {
                return CodeBlock.of("$T.empty()", attribute.type() == Attribute.Type.INTEGER ? OptionalInt.class : Optional.class);
            }
            return CodeBlock.of("$T.of($L)", attribute.type() == Attribute.Type.INTEGER ? OptionalInt.class : Optional.class,
                    plain(attribute, value.get(), self));
        }
        return plain(attribute, value.orElseThrow(), self); // a StatusTable gives every code a value it needs
    }

    private static CodeBlock plain(Attribute attribute, AttributeValue value, ClassName self) {
        if (value instanceof AttributeValue.BooleanValue flag) {
            return CodeBlock.of("$L", flag.value());
        }
        if (value instanceof AttributeValue.IntegerValue number) {
            return CodeBlock.of("$L", number.value());
        }
        if (value instanceof AttributeValue.StringValue text) {
            return CodeBlock.of("$S", text.value());
        }
        return CodeBlock.of("$T.$L", self.nestedClass(attribute.enumTypeName()), ((AttributeValue.EnumValue) value).name());
    }

    /** The fields, the constructor's parameters and assignments, the accessors and the nested enums. */
    static void addTo(TypeSpec.Builder type, MethodSpec.Builder constructor, StatusTable table, ClassName self) {
        for (Attribute attribute : table.attributes()) {
            TypeName fieldType = fieldType(attribute, self);
            type.addField(fieldType, attribute.name(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(fieldType, attribute.name())
                    .addStatement("this.$N = $N", attribute.name(), attribute.name());
            type.addMethod(MethodSpec.methodBuilder(attribute.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(fieldType)
                    .addJavadoc(accessorJavadoc(attribute, self))
                    .addStatement("return $N", attribute.name())
                    .build());
            if (attribute.type() == Attribute.Type.ENUM) {
                type.addType(nestedEnum(attribute, table, self));
            }
        }
    }

    private static TypeName fieldType(Attribute attribute, ClassName self) {
        TypeName plain = switch (attribute.type()) {
            case BOOLEAN -> TypeName.BOOLEAN;
            case INTEGER -> TypeName.INT;
            case STRING -> ClassName.get(String.class);
            case ENUM -> self.nestedClass(attribute.enumTypeName());
        };
        if (!attribute.optional()) {
            return plain;
        }
        return attribute.type() == Attribute.Type.INTEGER ? ClassName.get(OptionalInt.class)
                : ParameterizedTypeName.get(ClassName.get(Optional.class), plain);
    }

    private static CodeBlock accessorJavadoc(Attribute attribute, ClassName self) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (attribute.description().isPresent()) {
            doc.add("$L\n\n", CommentText.javadoc(StatusJavadoc.sentence(attribute.description().get())));
        } else {
            doc.add("The table's own attribute {@code $L}.\n\n", attribute.name());
        }
        doc.add("<p>$L attribute of the table", switch (attribute.type()) {
            case BOOLEAN -> "A boolean";
            case INTEGER -> "An integer";
            case STRING -> "A text";
            case ENUM -> "An enum";
        });
        if (attribute.type() == Attribute.Type.ENUM) {
            doc.add(", one of {@link $T}", self.nestedClass(attribute.enumTypeName()));
        }
        if (attribute.defaultValue().isPresent()) {
            doc.add(".\nA code the table gives no value has $L.\n", shown(attribute, attribute.defaultValue().get()));
        } else if (attribute.optional()) {
            doc.add(".\nA code may have no value.\n");
        } else {
            doc.add(".\nEvery code of the table has a value.\n");
        }
        doc.add("An unknown code from the wire has the value of the status {@link #resolve(int)} answers.\n\n");
        return doc.add("@return $L\n", attribute.optional() ? "the value, or empty when this status has none"
                : attribute.type() == Attribute.Type.BOOLEAN || attribute.type() == Attribute.Type.INTEGER
                ? "the value" : "the value, never null").build();
    }

    /** A value in Javadoc: {@code <code>true</code>}, or for an enum a link to its constant. */
    static String shown(Attribute attribute, AttributeValue value) {
        if (value instanceof AttributeValue.EnumValue choice) {
            return "{@link " + attribute.enumTypeName() + "#" + choice.name() + " " + choice.name() + "}";
        }
        return "<code>" + CommentText.javadoc(text(value)) + "</code>";
    }

    /** A value as a person reads it in the table. */
    static String text(AttributeValue value) {
        if (value instanceof AttributeValue.BooleanValue flag) {
            return Boolean.toString(flag.value());
        }
        if (value instanceof AttributeValue.IntegerValue number) {
            return Integer.toString(number.value());
        }
        if (value instanceof AttributeValue.StringValue text) {
            return text.value();
        }
        return ((AttributeValue.EnumValue) value).name();
    }

    /** {@code SipStatus.Outcome}: the values in declared order, each listing the codes that have it. */
    private static TypeSpec nestedEnum(Attribute attribute, StatusTable table, ClassName self) {
        TypeSpec.Builder nested = TypeSpec.enumBuilder(self.nestedClass(attribute.enumTypeName()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values of the table's attribute {@code $L}, in the order the table declares them;\n"
                        + "see {@link $T#$L()}.\n", attribute.name(), self, attribute.name());
        for (String value : attribute.values()) {
            List<StatusCode> codes = new ArrayList<>();
            for (StatusCode code : table.codes()) {
                Optional<AttributeValue> given = attribute.valueOf(code);
                if (given.isPresent() && given.get().equals(new AttributeValue.EnumValue(value))) {
                    codes.add(code);
                }
            }
            CodeBlock.Builder doc = CodeBlock.builder();
            if (codes.isEmpty()) {
                doc.add("No code of the table has this value.\n");
            } else {
                doc.add("Codes with this value:");
                for (int i = 0; i < codes.size(); i++) {
                    StatusCode code = codes.get(i);
                    doc.add(i == 0 ? "\n" : ",\n")
                            .add("{@link $T#$L $L $L}", self, code.constantName(), code.code(),
                                    CommentText.javadoc(code.reasonPhrase()));
                }
                doc.add(".\n");
            }
            if (attribute.defaultValue().isPresent()
                    && attribute.defaultValue().get().equals(new AttributeValue.EnumValue(value))) {
                doc.add("\n<p>The default: every code the table gives no value has it.\n");
            }
            nested.addEnumConstant(value, TypeSpec.anonymousClassBuilder("").addJavadoc(doc.build()).build());
        }
        return nested.build();
    }
}
