package io.canonym.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.canonym.mention.detect.DetectedName;
import io.canonym.mention.detect.Evidence;
import io.canonym.mention.detect.NameShape;
import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;

/** Words beside a detected name that the resolver shows are not part of it (invented people). */
class StrayEdgeWordsTest {

    private final NameIndex index = new NameIndex();
    private final NameResolver resolver = new NameResolver(index);
    private long nextVariant = 1;

    private void person(long id, String... names) {
        for (String name : names) {
            index.add(id, nextVariant++, name);
        }
    }

    /** The name as trimmed, found at offset 10 of some article. */
    private String trimmed(String detected) {
        DetectedName name = new DetectedName(10, 10 + detected.length(), detected, NameShape.FULL_NAME,
                Set.of(Evidence.CAPITALISED), List.of(), 0, List.of());
        DetectedName t = StrayEdgeWords.trim(name, q -> resolver.resolve(q, 5));
        assertEquals(detected.substring(t.start() - 10, t.end() - 10), t.text(), "offsets match the text");
        return t.text();
    }

    @Test
    void aCapitalisedWordBeforeAHyphenatedNameIsDroppedWhenTheNameAloneResolvesClearlyBetter() {
        person(1, "Ahmed al-Sharaa");
        // "The President of Republic Ahmad al-Shara": "Republic" is capitalised, and the run took it in.
        assertEquals("Ahmad al-Shara", trimmed("Republic Ahmad al-Shara"));
    }

    @Test
    void aVerbAfterAKnownNameInHebrewIsDroppedEvenWhenTheWholeAlreadyResolves() {
        person(2, "David Levinson", "דוד לוינסון");
        // "The president David Levinson made [a speech]".
        assertEquals("דוד לוינסון", trimmed("דוד לוינסון נשא"));
    }

    @Test
    void aRelativesGivenNameIsNeverDropped() {
        person(3, "Mohammed bin Salman");
        assertEquals("Khalid bin Salman", trimmed("Khalid bin Salman"));
    }

    @Test
    void aNameIsNeverCutToEndInAParticle() {
        person(5, "Alexander Petrenko");
        // An unknown "Alexander Van der Bellen": "Alexander Van" scores as the given name alone, and no name ends in "Van".
        assertEquals("Alexander Van der Bellen", trimmed("Alexander Van der Bellen"));
    }

    @Test
    void aNameMatchedByAStoredSpellingOfAsManyWordsIsLeftWhole() {
        person(4, "Luiz Inacio Lula da Silva");
        assertEquals("Luiz Inacio Lula da Silva", trimmed("Luiz Inacio Lula da Silva"));
    }

    @Test
    void aRegisterEntryWithAPatronymicIsLeftWhole() {
        person(5, "Pavel Orlov");
        // The patronymic is in no stored spelling, but the entry was closed by punctuation: it is the name's.
        assertEquals("Orlov, Pavel Sergeyevich", trimmed("Orlov, Pavel Sergeyevich"));
    }
}
