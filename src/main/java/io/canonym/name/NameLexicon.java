package io.canonym.name;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the normaliser needs (titles, particles, Korean surnames), loaded once from the
 * data files under {@code src/main/resources/names}. Editors extend those files, not this class.
 */
final class NameLexicon {
    enum ParticlePlace { WORD, PREFIX, BOTH, MIDDLE }

    private static final NameLexicon INSTANCE = new NameLexicon();

    private final Set<String> titles = new HashSet<>();
    private final Map<String, ParticlePlace> particles = new HashMap<>();
    private final Map<String, List<String>> koreanSurnames = new HashMap<>();
    private final Set<String> eastAsianSurnameRomanisations = new HashSet<>();

    private NameLexicon() {
        for (String line : ResourceLines.read("/names/titles.txt")) {
            titles.add(LatinFolding.fold(line).replaceAll("[^a-z]", ""));
        }
        for (String line : ResourceLines.read("/names/particles.txt")) {
            String[] cols = line.split("\t");
            particles.put(cols[0], ParticlePlace.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT)));
        }
        for (String line : ResourceLines.read("/names/korean-surnames.tsv")) {
            String[] cols = line.split("\t");
            List<String> forms = List.of(cols[1].split(","));
            koreanSurnames.put(cols[0], forms);
            eastAsianSurnameRomanisations.addAll(forms);
        }
        // The most frequent Chinese surnames in pinyin and Wade-Giles/Cantonese spellings: a name whose first
        // token is one of these and whose other tokens are short syllables is family-name-first.
        eastAsianSurnameRomanisations.addAll(List.of("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao",
                "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang",
                "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "xi", "mao", "hsu", "chou", "wong",
                "chan", "cheung", "lau", "leung", "ng", "tsang", "chiang", "chao", "hsieh", "kuo", "teng", "wei",
                "pham", "nguyen", "tran", "le", "vu", "hoang", "phan", "dang", "bui"));
    }

    static NameLexicon get() {
        return INSTANCE;
    }

    boolean isTitle(String foldedToken) {
        return titles.contains(foldedToken);
    }

    ParticlePlace particlePlace(String foldedToken) {
        return particles.get(foldedToken);
    }

    /** Romanisations of a Hangul surname, most customary first, or null if it is not a known surname. */
    List<String> koreanSurname(String hangul) {
        return koreanSurnames.get(hangul);
    }

    boolean isEastAsianSurname(String foldedToken) {
        return eastAsianSurnameRomanisations.contains(foldedToken);
    }
}
