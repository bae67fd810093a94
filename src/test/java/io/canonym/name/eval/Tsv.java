package io.canonym.name.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the evaluation TSVs (header row, Python csv-module quoting: quoted only if needed). */
public final class Tsv {
    private Tsv() {
    }

    /**
     * The people a query row may rightly be answered with: its expected person and those listed under the same name
     * ({@code other_ids_with_same_name}), as ids of {@code ids}; an id missing there stands in as -1 (expected) or -2.
     */
    public static java.util.Set<Long> acceptableIds(Map<String, String> row, Map<String, Long> ids) {
        java.util.Set<Long> acceptable = new java.util.HashSet<>();
        acceptable.add(ids.getOrDefault(row.get("expected_id"), -1L));
        for (String o : row.getOrDefault("other_ids_with_same_name", "").split("[;,\\s]+")) {
            if (!o.isBlank()) {
                acceptable.add(ids.getOrDefault(o, -2L));
            }
        }
        return acceptable;
    }

    public static List<Map<String, String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == '\t') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < r.size() ? r.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }
}
