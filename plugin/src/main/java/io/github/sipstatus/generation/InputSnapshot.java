package io.github.sipstatus.generation;

import io.github.sipstatus.input.BuiltInTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Everything that decides the output, as one byte string: the plugin's version, every parameter, and
 * the bytes of the table, of the built-in table it extends, and of each overlay. Equal fingerprints
 * mean equal output.
 */
final class InputSnapshot {

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    private InputSnapshot() {}

    /** @param base the built-in table the table extends, if it does */
    static byte[] of(GenerationRequest request, byte[] table, List<byte[]> overlays, Optional<BuiltInTable> base) {
        // The plugin version covers the built-in tables too, but a rebuilt SNAPSHOT need not change it.
        return base.isPresent()
                ? of(request, table, overlays, base.get().parameterValue(), base.get().bytes())
                : of(request, table, overlays, "", new byte[0]);
    }

    static byte[] of(GenerationRequest request, byte[] table, List<byte[]> overlays, String baseName, byte[] baseBytes) {
        InputSnapshot fingerprint = new InputSnapshot();
        fingerprint.add("generator", request.generatorVersion());
        fingerprint.add("package", request.packageName());
        fingerprint.add("locales", request.locales().isPresent() ? String.valueOf(request.locales().get()) : "*");
        fingerprint.add("missingTranslations", request.missingTranslations().name());
        fingerprint.add("sources", request.sourceOutputDirectory().toAbsolutePath().normalize().toString());
        fingerprint.add("resources", request.resourceOutputDirectory().toAbsolutePath().normalize().toString());
        fingerprint.add("table", request.table().displayName());
        fingerprint.add("table bytes", table);
        fingerprint.add("extends", baseName);
        fingerprint.add("extends bytes", baseBytes);
        for (int i = 0; i < overlays.size(); i++) {
            // The path too: messages name it, and the warnings an up-to-date run repeats must name the right file.
            fingerprint.add("overlay", request.overlays().get(i).toString());
            fingerprint.add("overlay bytes", overlays.get(i));
        }
        return fingerprint.data.toByteArray();
    }

    private void add(String name, String value) {
        add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so that no two different inputs run together into the same bytes. */
    private void add(String name, byte[] value) {
        byte[] label = name.getBytes(StandardCharsets.UTF_8);
        data.writeBytes((label.length + ":").getBytes(StandardCharsets.US_ASCII));
        data.writeBytes(label);
        data.writeBytes((value.length + ":").getBytes(StandardCharsets.US_ASCII));
        data.writeBytes(value);
    }
}
