package io.canonym.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads data files on the class path (the name core's under {@code /names/}): UTF-8, '#' starts a comment line. */
public final class ResourceLines {
    private ResourceLines() {
    }

    public static List<String> read(String resource) {
        InputStream in = ResourceLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file on class path: " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
