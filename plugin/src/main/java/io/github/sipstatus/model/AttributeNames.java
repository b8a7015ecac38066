package io.github.sipstatus.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one place that knows what a table's own attribute may be called: an accessor of the generated
 * {@code SipStatus} enum, next to the members it already has, and for an {@code enum} attribute a
 * nested type next to the types that enum's source names.
 */
public final class AttributeNames {

    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** The shape of a status constant: a nested type of that shape would be read as the constant. */
    private static final Pattern CONSTANT_SHAPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Every member of the generated {@code SipStatus} that an accessor of the same name would clash with
     * or hide: its own methods and fields, and those of {@code Enum} and {@code Object}. A test compiles
     * {@code SipStatus} and holds this list to the members it really has.
     */
    private static final Set<String> MEMBERS;

    /**
     * The simple names a nested enum cannot take: the enclosing type, the types generated beside it,
     * and the types {@code SipStatus}'s source names without qualifying them.
     */
    private static final Set<String> TYPES = Set.of("SipStatus", "SipStatusCodes", "SipStatusCategory",
            "SipStatusTexts", "SipStatusLine", "SipReason", "Q850Cause", "SipStatusMessages", "Location",
            "Optional", "OptionalInt", "Locale", "String", "Object", "Override", "Deprecated", "SuppressWarnings",
            "IllegalArgumentException", "Enum", "Class", "Integer", "Boolean");

    static {
        List<String> members = new ArrayList<>(List.of(
                // SipStatus's accessors and lookups
                "code", "reasonPhrase", "rfc", "category", "statusLine", "isFinal", "messageKey", "hintKey",
                "message", "hint", "q850Cause", "q850Location", "of", "valueOf", "resolve", "find",
                // its private fields
                "present", "q850", "byCode", "classFallback", "resolved", "optionals", "userLocation",
                "networkLocation",
                // Enum's and Object's
                "values", "name", "ordinal", "compareTo", "equals", "hashCode", "toString", "getDeclaringClass",
                "describeConstable", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
                // Java serialization's: javac 21 and later warn of them in an enum ([serial], an error with -Werror)
                "readObject", "readObjectNoData", "writeObject", "readResolve", "writeReplace", "serialVersionUID",
                "serialPersistentFields"));
        for (ResponseClass responseClass : ResponseClass.values()) {
            members.add(responseClass.predicateName());
        }
        MEMBERS = Collections.unmodifiableSet(new TreeSet<>(members));
    }

    private AttributeNames() {}

    /**
     * The names an attribute cannot take, in alphabetical order, as the README lists them.
     *
     * @return the members of the generated {@code SipStatus}
     */
    public static Set<String> reservedMembers() {
        return MEMBERS;
    }

    /**
     * The simple names an enum attribute's nested type cannot take.
     *
     * @return the type names
     */
    public static Set<String> reservedTypes() {
        return TYPES;
    }

    /**
     * Why a name cannot be an attribute of this type, or empty if it can; phrased to follow
     * "attribute 'x' ...".
     *
     * @param name a name the table declares
     * @param type the attribute's type
     * @return why it cannot be used, or empty when it can
     */
    public static Optional<String> problem(String name, Attribute.Type type) {
        if (!LOWER_CAMEL.matcher(name).matches()) {
            return Optional.of("is not lowerCamelCase: start with a-z, then letters and digits (A-Z, a-z, 0-9)");
        }
        if (JavaNames.isKeyword(name)) {
            return Optional.of("is a Java keyword or literal");
        }
        if (MEMBERS.contains(name)) {
            return Optional.of("is taken by a member of the generated SipStatus enum");
        }
        if (type == Attribute.Type.ENUM && CONSTANT_SHAPE.matcher(enumTypeName(name)).matches()) {
            return Optional.of("would make a nested enum " + enumTypeName(name) + ", all capitals, which a status"
                    + " constant of that name would hide");
        }
        if (type == Attribute.Type.ENUM && TYPES.contains(enumTypeName(name))) {
            return Optional.of("would make a nested enum " + enumTypeName(name)
                    + ", a type name the generated SipStatus already uses");
        }
        return Optional.empty();
    }

    /**
     * The nested enum of an {@code enum} attribute: its name with the first letter upper-case.
     *
     * @param name an attribute's name
     * @return the type's simple name
     */
    public static String enumTypeName(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
