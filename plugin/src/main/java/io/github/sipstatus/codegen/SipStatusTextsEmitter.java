package io.github.sipstatus.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.sipstatus.model.StatusTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.lang.model.element.Modifier;

/**
 * Emits the package-private {@code SipStatusTexts}, behind {@code message}, {@code hint} and {@code title}.
 *
 * <p>It reads the generated {@code .properties} files itself instead of calling
 * {@code ResourceBundle.getBundle}: it knows the table's locales, so it can choose one without ever
 * consulting the JVM's default locale (a server whose default is Dutch must not answer a French
 * client in Dutch), and reading a resource of its own package works in a named JPMS module, where
 * {@code getBundle} with a {@code Control} throws. Texts are copied into arrays once and the locale
 * chosen for a requested one is remembered, so a lookup after the first allocates nothing.
 */
final class SipStatusTextsEmitter {

    private static final ArrayTypeName TEXTS = ArrayTypeName.of(ArrayTypeName.of(String.class));

    private SipStatusTextsEmitter() {}

    static TypeSpec emit(StatusTable table, GeneratedTypes types) {
        ClassName self = types.texts();
        CodeBlock.Builder locales = CodeBlock.builder().add("{");
        CodeBlock.Builder resources = CodeBlock.builder().add("{");
        for (int i = 0; i < table.locales().size(); i++) {
            Locale locale = table.locales().get(i);
            if (i > 0) {
                locales.add(", ");
                resources.add(", ");
            }
            locales.add("$T.forLanguageTag($S)", Locale.class, locale.toLanguageTag());
            resources.add("$S", GeneratedTypes.bundleFileRead(locale, table.defaultLocale()));
        }
        locales.add("}");
        resources.add("}");
        boolean q850 = Q850CauseEmitter.applies(table);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Reads the $L bundles once and chooses a table locale for a requested one. Not API:\n"
                        + "use {@link $T#message(Locale)}, {@link $T#hint(Locale)} and {@link $T#title(Locale)}.\n",
                        GeneratedTypes.BUNDLE_SIMPLE_NAME, types.status(), types.status(), types.category())
                .addField(FieldSpec.builder(Locale[].class, "LOCALES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The table's locales; the first is its default.\n")
                        .initializer("$L", locales.build())
                        .build())
                .addField(FieldSpec.builder(String[].class, "RESOURCES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The bundle file of each locale; the default locale's is the base bundle.\n")
                        .initializer("$L", resources.build())
                        .build())
                .addField(FieldSpec.builder(ResourceBundle.Control.class, "CANDIDATES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Only for its list of candidate locales; no bundle is loaded through it.\n")
                        .initializer("$T.Control.getNoFallbackControl($T.Control.FORMAT_PROPERTIES)", ResourceBundle.class, ResourceBundle.class)
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ConcurrentMap.class, Locale.class, Integer.class), "CHOSEN",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T<>()", ConcurrentHashMap.class)
                        .build())
                .addField(FieldSpec.builder(int.class, "MAX_CHOSEN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("256")
                        .build())
                .addField(texts("MESSAGES"))
                .addField(texts("HINTS"))
                .addField(texts("TITLES"))
                .addStaticBlock(loadAll(types, q850))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(accessor("message", "MESSAGES"))
                .addMethod(accessor("hint", "HINTS"))
                .addMethod(accessor("title", "TITLES"));
        if (q850) {
            type.addField(texts("Q850_MESSAGES")).addMethod(accessor("q850Message", "Q850_MESSAGES"));
        }
        return type
                .addMethod(textIn())
                .addMethod(fillGaps())
                .addMethod(indexOf())
                .addMethod(localeIndex())
                .addMethod(chooseLocale())
                .addMethod(load(self))
                .build();
    }

    private static FieldSpec texts(String name) {
        return FieldSpec.builder(TEXTS, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new String[LOCALES.length][]")
                .build();
    }

    private static CodeBlock loadAll(GeneratedTypes types, boolean q850) {
        CodeBlock.Builder causes = CodeBlock.builder();
        CodeBlock.Builder causeGaps = CodeBlock.builder();
        if (q850) {
            causes.addStatement("$T[] causes = $T.values()", types.q850Cause(), types.q850Cause())
                    .addStatement("Q850_MESSAGES[i] = new String[causes.length]")
                    .beginControlFlow("for (int c = 0; c < causes.length; c++)")
                    .addStatement("Q850_MESSAGES[i][c] = bundle.getProperty($S + causes[c].cause() + $S)", "q850.", ".message")
                    .endControlFlow();
            causeGaps.addStatement("fillGaps(Q850_MESSAGES, i)");
        }
        return CodeBlock.builder()
                .addStatement("$T[] statuses = $T.values()", types.status(), types.status())
                .addStatement("$T[] categories = $T.values()", types.category(), types.category())
                .beginControlFlow("for (int i = 0; i < LOCALES.length; i++)")
                .addStatement("$T bundle = load(RESOURCES[i])", Properties.class)
                .addStatement("MESSAGES[i] = new String[statuses.length]")
                .addStatement("HINTS[i] = new String[statuses.length]")
                .beginControlFlow("for (int s = 0; s < statuses.length; s++)")
                .addStatement("MESSAGES[i][s] = bundle.getProperty(statuses[s].messageKey())")
                .addStatement("HINTS[i][s] = bundle.getProperty(statuses[s].hintKey())")
                .endControlFlow()
                .addStatement("TITLES[i] = new String[categories.length]")
                .beginControlFlow("for (int c = 0; c < categories.length; c++)")
                .addStatement("TITLES[i][c] = bundle.getProperty($S + categories[c].classDigit() + $S)",
                        "category.", ".title")
                .endControlFlow()
                .add(causes.build())
                .endControlFlow()
                .beginControlFlow("for (int i = 1; i < LOCALES.length; i++)")
                .addStatement("fillGaps(MESSAGES, i)")
                .addStatement("fillGaps(HINTS, i)")
                .addStatement("fillGaps(TITLES, i)")
                .add(causeGaps.build())
                .endControlFlow()
                .build();
    }

    private static MethodSpec accessor(String name, String field) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(Locale.class, "locale")
                .addParameter(int.class, "ordinal")
                .addStatement("return textIn($L, locale, ordinal)", field)
                .build();
    }

    private static MethodSpec textIn() {
        return MethodSpec.methodBuilder("textIn")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TEXTS, "texts")
                .addParameter(Locale.class, "locale")
                .addParameter(int.class, "index")
                .addStatement("return texts[localeIndex(locale)][index]")
                .build();
    }

    private static MethodSpec fillGaps() {
        return MethodSpec.methodBuilder("fillGaps")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(TEXTS, "texts")
                .addParameter(int.class, "locale")
                .addJavadoc("Gives each text a locale's bundle lacks the one of its nearest table locale in Java's candidate\n"
                        + "order (nl-BE takes nl's), else the default locale's: as {@code ResourceBundle} would.\n")
                .addStatement("String[] own = texts[locale]")
                .beginControlFlow("for (int s = 0; s < own.length; s++)")
                .beginControlFlow("for (Locale candidate : CANDIDATES.getCandidateLocales($S, LOCALES[locale]))", "")
                .addStatement("int parent = indexOf(candidate)")
                .beginControlFlow("if (own[s] == null && parent > 0 && parent != locale)")
                .addStatement("own[s] = texts[parent][s]")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (own[s] == null)")
                .addStatement("own[s] = texts[0][s]")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private static MethodSpec indexOf() {
        return MethodSpec.methodBuilder("indexOf")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(Locale.class, "locale")
                .beginControlFlow("for (int i = 0; i < LOCALES.length; i++)")
                .beginControlFlow("if (LOCALES[i].equals(locale))")
                .addStatement("return i")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return -1")
                .build();
    }

    private static MethodSpec localeIndex() {
        return MethodSpec.methodBuilder("localeIndex")
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(Locale.class, "locale")
                .addJavadoc("The index of the table locale for {@code locale}, remembered: after the first request for a\n"
                        + "locale, a lookup in a concurrent map that neither locks nor allocates.\n")
                .addStatement("Integer chosen = CHOSEN.get($T.requireNonNull(locale, $S))", Objects.class, "locale")
                .beginControlFlow("if (chosen != null)")
                .addStatement("return chosen")
                .endControlFlow()
                .addStatement("int index = choose(locale)")
                .addComment("Locales may come from clients (Accept-Language): remember a bounded number of them.")
                .beginControlFlow("if (CHOSEN.size() < MAX_CHOSEN)")
                .addStatement("CHOSEN.putIfAbsent(locale, index)")
                .endControlFlow()
                .addStatement("return index")
                .build();
    }

    private static MethodSpec chooseLocale() {
        return MethodSpec.methodBuilder("choose")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(Locale.class, "locale")
                .addJavadoc("Java's own candidate list (nl-BE, then nl; zh-CN as zh-Hans-CN, zh-Hans, zh-CN, zh), then a\n"
                        + "table locale of the same language and script (pt finds pt-BR), then the table's default.\n")
                .beginControlFlow("for (Locale candidate : CANDIDATES.getCandidateLocales($S, locale))", "")
                .addStatement("int index = indexOf(candidate)")
                .beginControlFlow("if (index >= 0)")
                .addStatement("return index")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < LOCALES.length; i++)")
                .beginControlFlow("if (LOCALES[i].getLanguage().equals(locale.getLanguage())"
                        + " && LOCALES[i].getScript().equals(locale.getScript()))")
                .addStatement("return i")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return 0")
                .build();
    }

    private static MethodSpec load(ClassName self) {
        return MethodSpec.methodBuilder("load")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Properties.class)
                .addParameter(String.class, "resource")
                .addStatement("$T bundle = new $T()", Properties.class, Properties.class)
                .beginControlFlow("try ($T in = $T.class.getResourceAsStream(resource))", InputStream.class, self)
                .beginControlFlow("if (in == null)")
                .addStatement("throw new $T($S + resource + $S)", IllegalStateException.class,
                        "resource ", " is missing next to " + self.simpleName()
                                + ": is the plugin's generated-resources folder on the classpath?")
                .endControlFlow()
                .addComment("The files are ASCII with Unicode escapes, so load(InputStream) reads them alike on every Java.")
                .addStatement("bundle.load(in)")
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("throw new $T(e)", UncheckedIOException.class)
                .endControlFlow()
                .addStatement("return bundle")
                .build();
    }
}
