package io.github.sipstatus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sipstatus.maven.GenerateMojo;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The goal runs in a cold JVM on every build, where linking a lambda, a method reference or an
 * indified string concatenation costs a spun class on its first run. This reads the constant pool of
 * every main class and fails on any method handle into {@code LambdaMetafactory} or
 * {@code StringConcatFactory}. Records may keep theirs into {@code ObjectMethods}: the code avoids
 * calling their {@code equals}, {@code hashCode} and {@code toString} instead.
 */
class ColdStartBytecodeTest {

    private static final List<String> FORBIDDEN_BOOTSTRAPS =
            List.of("java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory");

    @Test
    void noMainClassLinksLambdasOrIndyStringConcatenation() throws IOException, URISyntaxException {
        Path classes = Path.of(GenerateMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("the main classes as a folder").isDirectory();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        assertThat(classFiles).hasSizeGreaterThan(40);

        List<String> offenders = new ArrayList<>();
        for (Path file : classFiles) {
            for (String bootstrap : methodHandleOwners(Files.readAllBytes(file))) {
                if (FORBIDDEN_BOOTSTRAPS.contains(bootstrap)) {
                    offenders.add(classes.relativize(file) + " -> " + bootstrap);
                }
            }
        }
        assertThat(offenders).as("main classes that link through a bootstrap method spinning classes; write a loop"
                + " instead of a lambda or stream, and see BENCHMARKS.md for what each costs the build").isEmpty();
    }

    @Test
    void theParserSeesLambdasAndConcatenationInThisTestClass() throws IOException {
        // Test classes are compiled without -XDstringConcat=inline and use lambdas: the check must see both.
        byte[] bytes;
        try (var in = ColdStartBytecodeTest.class.getResourceAsStream("ColdStartBytecodeTest.class")) {
            bytes = in.readAllBytes();
        }
        assertThat(methodHandleOwners(bytes)).containsAll(FORBIDDEN_BOOTSTRAPS);
    }

    /** The classes whose members the class file's {@code CONSTANT_MethodHandle} entries refer to. */
    private static List<String> methodHandleOwners(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        assertThat(in.readInt()).as("magic").isEqualTo(0xCAFEBABE);
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        int[] first = new int[count]; // the first index an entry refers to, or a method handle's reference index
        int[] second = new int[count];
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF(); // u2 length, then modified UTF-8, as readUTF reads it
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // a long or double takes two slots
                }
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    second[i] = in.readUnsignedByte(); // reference kind
                    first[i] = in.readUnsignedShort(); // a Fieldref, Methodref or InterfaceMethodref
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at index " + i);
            }
        }
        List<String> owners = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tags[i] == 15) {
                int member = first[i];
                assertThat(tags[member]).as("a method handle's member").isIn(9, 10, 11);
                int owner = first[member];
                assertThat(tags[owner]).as("a member's class").isEqualTo(7);
                owners.add(utf8[first[owner]]);
            }
        }
        return owners;
    }
}
