package io.github.sipstatus.codegen;

import com.palantir.javapoet.ClassName;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The names of everything generated into one package: the types, through which emitters refer to
 * each other, and the resource bundle files, which the Java code reads and the bundle writer writes.
 *
 * @param packageName the Java package everything is generated into
 */
public record GeneratedTypes(String packageName) {

    /** The resource bundles' simple base name; not a class, so no class of that name may exist. */
    public static final String BUNDLE_SIMPLE_NAME = "SipStatusMessages";

    private static final ResourceBundle.Control BUNDLE_NAMING =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The enum of status codes.
     *
     * @return {@code SipStatus} in the package
     */
    public ClassName status() {
        return ClassName.get(packageName, "SipStatus");
    }

    /**
     * The class of {@code int} constants.
     *
     * @return {@code SipStatusCodes} in the package
     */
    public ClassName codes() {
        return ClassName.get(packageName, "SipStatusCodes");
    }

    /**
     * The value class of a parsed status line.
     *
     * @return {@code SipStatusLine} in the package
     */
    public ClassName statusLine() {
        return ClassName.get(packageName, "SipStatusLine");
    }

    /**
     * One value of a Reason header (RFC 3326); generated for every table.
     *
     * @return {@code SipReason} in the package
     */
    public ClassName reason() {
        return ClassName.get(packageName, "SipReason");
    }

    /**
     * The enum of the table's Q.850 cause values; generated only when the table lists some.
     *
     * @return {@code Q850Cause} in the package
     */
    public ClassName q850Cause() {
        return ClassName.get(packageName, "Q850Cause");
    }

    /**
     * The enum of response classes.
     *
     * @return {@code SipStatusCategory} in the package
     */
    public ClassName category() {
        return ClassName.get(packageName, "SipStatusCategory");
    }

    /**
     * The package-private class that loads the bundles and picks a locale for the public accessors.
     *
     * @return {@code SipStatusTexts} in the package
     */
    public ClassName texts() {
        return ClassName.get(packageName, "SipStatusTexts");
    }

    /**
     * The bundles' fully qualified base name.
     *
     * @return the name as {@code ResourceBundle.getBundle} wants it, e.g. {@code com.example.sip.SipStatusMessages}
     */
    public String bundleBaseName() {
        return packageName + "." + BUNDLE_SIMPLE_NAME;
    }

    /**
     * The folder of the package, for generated resources.
     *
     * @return the '/'-separated path, e.g. {@code com/example/sip}
     */
    public String packagePath() {
        return packageName.replace('.', '/');
    }

    /**
     * A locale's bundle file, named as {@code ResourceBundle} looks it up.
     *
     * @param locale a table locale
     * @return the file name, e.g. {@code SipStatusMessages_pt_BR.properties}
     */
    public static String bundleFileName(Locale locale) {
        return BUNDLE_NAMING.toBundleName(BUNDLE_SIMPLE_NAME, locale) + ".properties";
    }

    /**
     * The base bundle's file: the table's default locale, and the last fallback of every lookup.
     *
     * @return {@code SipStatusMessages.properties}
     */
    public static String baseBundleFileName() {
        return BUNDLE_SIMPLE_NAME + ".properties";
    }

    /**
     * The file the generated code reads for a table locale: the base bundle for the default locale,
     * which always exists, and the locale's own bundle for the others.
     *
     * @param locale        a table locale
     * @param defaultLocale the table's default locale
     * @return the file name
     */
    public static String bundleFileRead(Locale locale, Locale defaultLocale) {
        return locale.equals(defaultLocale) ? baseBundleFileName() : bundleFileName(locale);
    }
}
