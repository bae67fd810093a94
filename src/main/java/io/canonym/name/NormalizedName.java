package io.canonym.name;

import java.util.List;

/**
 * The result of {@link NameNormalizer#normalize(String)}.
 *
 * @param input    the raw input, unchanged
 * @param readings distinct Latin readings, best first; empty when nothing name-like is left
 * @param notes    what the normaliser dropped or converted, worded for editors
 */
public record NormalizedName(String input, List<NameReading> readings, List<String> notes) {
    public boolean isEmpty() {
        return readings.isEmpty();
    }
}
