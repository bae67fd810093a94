package io.canonym.mention;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.canonym.mention.detect.KnownNames;
import io.canonym.name.Decision;
import io.canonym.name.Resolution;
import io.canonym.resolution.NameIndexHolder;

/**
 * The detector's gazetteer for one article, answered from the name index: a window of words is a known name when
 * the resolver finds it plausible for someone. Remembers every answer, so the linker reuses the resolutions the
 * detector caused, and a name repeated in the article is resolved once. One per article; not thread-safe.
 */
final class IndexGazetteer implements KnownNames {

    static final int CANDIDATES = 5;

    private final NameIndexHolder index;
    private final Map<String, Boolean> knownWords = new HashMap<>();
    private final Map<String, Resolution> resolutions = new HashMap<>();

    IndexGazetteer(NameIndexHolder index) {
        this.index = index;
    }

    @Override
    public boolean mayBeginName(String word) {
        return knownWords.computeIfAbsent(word.toLowerCase(Locale.ROOT), index::knowsWord);
    }

    @Override
    public boolean isKnownName(String candidate) {
        return resolve(candidate).decision() != Decision.NO_MATCH;
    }

    Resolution resolve(String name) {
        return resolutions.computeIfAbsent(name, n -> index.resolve(n, CANDIDATES));
    }
}
