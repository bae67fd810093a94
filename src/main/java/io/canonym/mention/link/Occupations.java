package io.canonym.mention.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.canonym.name.ResourceLines;
import io.canonym.person.SearchText;

/**
 * Occupation words and their sphere of life (office, sport, arts, business, science, trade), read from
 * {@code /link/occupations.tsv}, and the words that put an occupation in the past ({@code /link/past-markers.txt}).
 * Words are folded; a compound is found by its last part when that part has {@link #COMPOUND_PART} letters or more
 * ("Außenminister" by "minister", "Radrennfahrerin" by "radrennfahrerin" itself).
 */
final class Occupations {

    static final int COMPOUND_PART = 6;

    private final Map<String, String> sphereOf = new HashMap<>();
    private final Set<String> pastMarkers;

    Occupations() {
        for (String line : ResourceLines.read("/link/occupations.tsv")) {
            String[] cols = line.split("\t");
            sphereOf.put(SearchText.normalize(cols[0]), cols[1]);
        }
        pastMarkers = Set.copyOf(MentionLinker.readWords("/link/past-markers.txt"));
    }

    /** The occupation words of the phrase with their spheres, in order (one- and two-word entries). */
    Map<String, String> occupations(List<String> words) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String pair = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : null;
            if (pair != null && sphereOf.containsKey(pair)) {
                found.put(pair, sphereOf.get(pair));
                i++;
                continue;
            }
            String sphere = sphereOfWord(words.get(i));
            if (sphere != null) {
                found.put(words.get(i), sphere);
            }
        }
        return found;
    }

    /** The occupations of a phrase that the article says the person has now: none if it says "former", "late"… */
    Map<String, String> presentOccupations(List<String> words) {
        return words.stream().anyMatch(pastMarkers::contains) ? Map.of() : occupations(words);
    }

    /** The occupations named in a description ("Foreign Minister of China (2013–2022 and since 2023)"). */
    Map<String, String> occupations(String description) {
        String folded = description == null ? "" : SearchText.normalize(description);
        return folded.isEmpty() ? Map.of() : occupations(List.of(folded.split(" ")));
    }

    private String sphereOfWord(String word) {
        String sphere = sphereOf.get(word);
        for (int from = 1; sphere == null && word.length() - from >= COMPOUND_PART; from++) {
            sphere = sphereOf.get(word.substring(from));
        }
        return sphere;
    }
}
