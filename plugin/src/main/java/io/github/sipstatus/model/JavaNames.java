package io.github.sipstatus.model;

import java.util.Set;

/**
 * Java's reserved words and identifiers, as JLS §3.8–3.9 define them. Not {@code SourceVersion}: its
 * keyword check asks for the latest supported release through an indy string concatenation, whose
 * first link in a cold JVM costs the up-to-date build more than everything else it does.
 */
public final class JavaNames {

    /** Keywords (JLS §3.9), the literals true, false and null, and the underscore. */
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "_");

    private JavaNames() {}

    /**
     * Whether a name is reserved.
     *
     * @param name a would-be Java name
     * @return whether it is a keyword or literal, which no Java name may be
     */
    public static boolean isKeyword(CharSequence name) {
        return RESERVED.contains(name.toString());
    }

    /**
     * Whether a name has the shape of a Java identifier.
     *
     * @param name a would-be Java name
     * @return whether it is made of Java letters and digits, starting with a letter; keywords included
     */
    public static boolean isIdentifier(CharSequence name) {
        String text = name.toString();
        if (text.isEmpty() || !Character.isJavaIdentifierStart(text.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(text.codePointAt(0)); i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isJavaIdentifierPart(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
