package io.github.sipstatus.generation;

import io.github.sipstatus.bundle.BundleFiles;
import io.github.sipstatus.codegen.GeneratedTypes;
import io.github.sipstatus.codegen.JavaSources;
import io.github.sipstatus.model.Category;
import io.github.sipstatus.model.LocalizedText;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.model.StatusCode;
import io.github.sipstatus.model.StatusTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Generates code for a tiny table on a second thread while the real table is being parsed. A build
 * runs this goal in a cold JVM, where loading and verifying JavaPoet's classes and ours costs more
 * than the generation itself; done beside the YAML parse, that cost is off the critical path. The
 * output is thrown away.
 */
final class CodegenWarmUp {

    private CodegenWarmUp() {}

    static Thread start() {
        Thread thread = new Thread(CodegenWarmUp::run, "sip-status-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void finish(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        try {
            StatusTable table = tinyTable();
            GeneratedTypes types = new GeneratedTypes("warm.up");
            JavaSources.generate(table, types, "warm-up");
            BundleFiles.generate(table, types, "warm-up");
        } catch (RuntimeException | LinkageError e) {
            // Only ever a head start: the real generation reports any real problem.
        }
    }

    private static StatusTable tinyTable() {
        LocalizedText text = new LocalizedText(Map.of(Locale.ENGLISH, "warm-up"));
        List<Category> categories = new ArrayList<>();
        List<StatusCode> codes = new ArrayList<>();
        for (ResponseClass responseClass : ResponseClass.values()) {
            categories.add(new Category(responseClass, text));
            codes.add(new StatusCode(responseClass.fallbackCode(), "Warm Up", "WARM_UP_" + responseClass.digit(),
                    OptionalInt.of(3261), Optional.empty(), text, Optional.of(text)));
        }
        return new StatusTable(Optional.empty(), Optional.empty(), List.of(Locale.ENGLISH), categories, codes);
    }
}
