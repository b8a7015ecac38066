import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic status table: {@code java SyntheticTable.java CODES LOCALES > table.yaml}.
 * Codes are spread evenly over 100..699 and always include the six that resolve() needs; every code
 * has a message and a hint in every locale. Texts are short, so that 600 codes in 20 locales stay
 * under the 1 MiB a table may have.
 */
public class SyntheticTable {

    private static final String[] LOCALES = {"en", "nl", "de", "fr", "es", "it", "pt", "pl", "sv", "da", "fi", "cs",
        "hu", "ro", "tr", "el", "ja", "ko", "zh-Hant", "uk"};

    public static void main(String[] args) {
        int codes = Integer.parseInt(args[0]);
        int locales = Integer.parseInt(args[1]);
        if (codes < 6 || codes > 600 || locales < 1 || locales > LOCALES.length) {
            throw new IllegalArgumentException("CODES in 6..600, LOCALES in 1.." + LOCALES.length);
        }
        List<String> tags = List.of(LOCALES).subList(0, locales);
        StringBuilder yaml = new StringBuilder("# yaml-language-server: $schema=../../src-data/sip-status-codes.schema.json\n");
        yaml.append("schema: 1\nname: Synthetic ").append(codes).append(" codes in ").append(locales).append(" locales\n");
        yaml.append("locales: [").append(String.join(", ", tags)).append("]\ncategories:\n");
        for (int digit = 1; digit <= 6; digit++) {
            yaml.append("  - {class: ").append(digit).append(", title: ").append(texts(tags, "Class " + digit)).append("}\n");
        }
        yaml.append("codes:\n");
        for (int code : pick(codes)) {
            yaml.append("  - code: ").append(code).append('\n');
            yaml.append("    reason: Synthetic Status ").append(code).append('\n');
            yaml.append("    rfc: 3261\n");
            yaml.append("    message: ").append(texts(tags, "Status " + code)).append('\n');
            yaml.append("    hint: ").append(texts(tags, "Advice for " + code)).append('\n');
        }
        System.out.print(yaml);
    }

    private static List<Integer> pick(int count) {
        List<Integer> codes = new ArrayList<>(List.of(183, 200, 300, 400, 500, 600));
        for (int i = 0; codes.size() < count; i++) {
            int code = 100 + (int) ((long) i * 600 / count) % 600;
            while (codes.contains(code)) {
                code = code == 699 ? 100 : code + 1;
            }
            codes.add(code);
        }
        codes.sort(null);
        return codes;
    }

    private static String texts(List<String> tags, String text) {
        StringBuilder map = new StringBuilder("{");
        for (String tag : tags) {
            map.append(map.length() > 1 ? ", " : "").append(tag).append(": \"").append(text).append(" (").append(tag).append(")\"");
        }
        return map.append('}').toString();
    }
}
