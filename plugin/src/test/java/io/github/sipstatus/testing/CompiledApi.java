package io.github.sipstatus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated code, compiled with {@code javax.tools} the way a consumer on Java 8 would compile it
 * ({@code --release 8 -Xlint:all -Werror}), held to {@code javadoc -Xdoclint:all}, and loaded in its own class loader, so tests can call it.
 */
public final class CompiledApi implements AutoCloseable {

    private final URLClassLoader loader;
    private final String packageName;
    private final Path classes;

    private CompiledApi(URLClassLoader loader, String packageName, Path classes) {
        this.loader = loader;
        this.packageName = packageName;
        this.classes = classes;
    }

    /** Writes sources and bundles under {@code dir}, compiles the sources and fails the test on any warning. */
    public static CompiledApi compile(Path dir, String packageName, List<GeneratedFile> sources,
            List<GeneratedFile> resources) {
        try {
            Path src = dir.resolve("src");
            Path classes = dir.resolve("classes");
            Files.createDirectories(classes);
            List<Path> javaFiles = new ArrayList<>();
            for (GeneratedFile file : sources) {
                javaFiles.add(write(src, file));
            }
            for (GeneratedFile file : resources) {
                write(classes, file);
            }
            compileJava(javaFiles, classes, "8");
            javadoc(javaFiles, dir.resolve("javadoc"));
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    CompiledApi.class.getClassLoader());
            return new CompiledApi(loader, packageName, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles with -Xlint:all -Werror and asserts there was nothing to report at all. */
    public static void compileJava(List<Path> javaFiles, Path classes, String release) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            // -options: javac 21 and later call --release 8 obsolete; that says nothing about the generated code.
            List<String> options = List.of("--release", release, "-Xlint:all", "-Xlint:-options", "-Werror", "-encoding", "US-ASCII",
                    "-d", classes.toString());
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            List<String> reported = lines(diagnostics);
            assertThat(reported).as("javac diagnostics").isEmpty();
            assertThat(ok).as("compiled").isTrue();
        }
    }

    /**
     * Runs the JDK's javadoc tool with every doclint group on, as a consumer that publishes Javadoc
     * with {@code failOnWarnings} does, and asserts there was nothing to report at all.
     */
    public static void javadoc(List<Path> javaFiles, Path out) throws IOException {
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = tool.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-Xdoclint:all", "-quiet", "-encoding", "US-ASCII", "-d", out.toString());
            boolean ok = tool.getTask(null, files, diagnostics, null, options,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            List<String> reported = lines(diagnostics);
            assertThat(reported).as("javadoc -Xdoclint:all diagnostics").isEmpty();
            assertThat(ok).as("javadoc ran").isTrue();
        }
    }

    private static List<String> lines(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
    }

    private static Path write(Path root, GeneratedFile file) throws IOException {
        Path target = root.resolve(file.relativePath());
        Files.createDirectories(target.getParent());
        return Files.write(target, file.content());
    }

    /** The folder with the compiled classes and the bundles, for compiling other code against the API. */
    public Path classes() {
        return classes;
    }

    public Class<?> type(String simpleName) {
        try {
            return Class.forName(packageName + "." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls a public static method of a generated type; an exception it throws is rethrown as is. */
    public Object callStatic(String type, String method, Object... args) {
        return call(type(type), null, method, args);
    }

    /** Calls a public method on an instance of a generated type. */
    public Object call(Object target, String method, Object... args) {
        // An enum constant with a body is an anonymous subclass, whose methods reflection cannot call: use the enum's.
        Class<?> type = target.getClass().isAnonymousClass() ? target.getClass().getSuperclass() : target.getClass();
        return call(type, target, method, args);
    }

    public Object constant(String type, String name) {
        Class<?> enumType = type(type);
        return Stream.of(enumType.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no constant " + name));
    }

    public Object[] constants(String type) {
        return type(type).getEnumConstants();
    }

    private static Object call(Class<?> type, Object target, String name, Object... args) {
        Method method = Stream.of(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .filter(m -> {
                    Class<?>[] parameters = m.getParameterTypes();
                    for (int i = 0; i < args.length; i++) {
                        Class<?> p = parameters[i].isPrimitive() ? boxed(parameters[i]) : parameters[i];
                        if (args[i] != null && !p.isInstance(args[i])) {
                            return false;
                        }
                    }
                    return true;
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name + " on " + type));
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == boolean.class) {
            return Boolean.class;
        }
        throw new IllegalArgumentException(primitive.toString());
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
