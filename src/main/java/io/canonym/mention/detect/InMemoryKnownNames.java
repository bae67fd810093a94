package io.canonym.mention.detect;

import io.canonym.name.NameNormalizer;
import io.canonym.name.NameReading;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A gazetteer held in memory: a spelling is known when one of its normalised readings (the name core's
 * {@link NameNormalizer}: any script, any case, titles dropped) equals a reading of an added spelling.
 * For tests and small tools; the service answers from its name index instead.
 */
public final class InMemoryKnownNames implements KnownNames {
    private final NameNormalizer normalizer = new NameNormalizer();
    private final Set<String> readings = new HashSet<>();
    private final Set<String> words = new HashSet<>();

    public InMemoryKnownNames(Collection<String> spellings) {
        spellings.forEach(this::add);
    }

    public static InMemoryKnownNames of(String... spellings) {
        return new InMemoryKnownNames(java.util.List.of(spellings));
    }

    public void add(String spelling) {
        for (NameReading reading : normalizer.normalize(spelling).readings()) {
            readings.add(reading.text());
        }
        for (String word : spelling.split("\\s+")) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public boolean isKnownName(String candidate) {
        for (NameReading reading : normalizer.normalize(candidate).readings()) {
            if (readings.contains(reading.text())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayBeginName(String word) {
        // Any word of a known spelling may begin a window: titles in front are dropped by the normaliser.
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
