package io.mycelium.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/io.mycelium.internal.ActorDescriptor}, listing every generated
 * descriptor, merged with the entries an earlier incremental compilation left there.
 */
final class ServiceFile {
    static final String PATH = "META-INF/services/io.mycelium.internal.ActorDescriptor";

    private final Set<String> descriptors = new TreeSet<>();

    void add(String descriptorClassName) {
        descriptors.add(descriptorClassName);
    }

    boolean isEmpty() {
        return descriptors.isEmpty();
    }

    void write(Filer filer) throws IOException {
        Set<String> all = new TreeSet<>(descriptors);
        try {
            FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(existing.openInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(all::add);
            }
        } catch (IOException | IllegalArgumentException noEarlierFile) {
            // First compilation of this module: nothing to merge.
        }
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
        try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            for (String descriptor : all) {
                writer.write(descriptor);
                writer.write('\n');
            }
        }
    }
}
