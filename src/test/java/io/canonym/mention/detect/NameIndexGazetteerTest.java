package io.canonym.mention.detect;

import io.canonym.name.Decision;
import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How the service can back {@link KnownNames} with the name core: a window is a known name when the
 * resolver finds a plausible person for it, and only windows starting with a word of some stored spelling are asked about.
 * With it, garbled and lower-cased spellings are found, and places still are not.
 */
class NameIndexGazetteerTest {

    /** A gazetteer over the name core, as the service would write it (it holds the index already). */
    static final class ResolverKnownNames implements KnownNames {
        private final NameResolver resolver;
        private final Set<String> words = new HashSet<>();

        ResolverKnownNames(NameIndex index, List<String> spellings) {
            this.resolver = new NameResolver(index);
            spellings.forEach(s -> words.addAll(List.of(s.toLowerCase(Locale.ROOT).split("\\s+"))));
        }

        /**
         * Known means "some stored person plausibly bears this name": which one is the resolver's later question, so
         * an AMBIGUOUS answer (a garble between a man and his wife) still says this is a person's name.
         */
        @Override
        public boolean isKnownName(String candidate) {
            return resolver.resolve(candidate, 1).decision() != Decision.NO_MATCH;
        }

        @Override
        public boolean mayBeginName(String word) {
            // A garbled first word ("voldimi") is not a stored word, so the service would rather pre-filter on
            // phonetic keys or on any word of the window; here: the stored words plus their first three letters.
            String w = word.toLowerCase(Locale.ROOT);
            return words.contains(w) || words.stream().anyMatch(s -> s.length() >= 3 && w.startsWith(s.substring(0, 3)));
        }
    }

    @Test
    void garbledLowerCaseSpellingsOfKnownPeopleAreFoundThroughTheResolver() {
        NameIndex index = new NameIndex();
        List<String> spellings = List.of("Volodymyr Zelenskyy", "Sergei Shoigu", "Kim Jong-un");
        for (int i = 0; i < spellings.size(); i++) {
            index.add(i + 1, i + 1, spellings.get(i));
        }
        MentionDetector detector = new MentionDetector(new ResolverKnownNames(index, spellings));
        String body = "talks between voldimi zelensky and sergei shuigu were held in moscow and kursk.";
        assertEquals(List.of("voldimi zelensky", "sergei shuigu"), Detect.names(detector, body));
    }
}
