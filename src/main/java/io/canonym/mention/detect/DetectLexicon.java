package io.canonym.mention.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists under {@code src/main/resources/detect/}, loaded once. The lists are data, with their
 * sources in each file's header, so editors extend them without touching code.
 */
final class DetectLexicon {
    private static final DetectLexicon INSTANCE = new DetectLexicon();

    /** Folded phrase (words joined by one space) to the classes its lists give it. */
    private final Map<String, EnumSet<WordClass>> phrases = new HashMap<>();
    /** The first words of the multi-word phrases ("south", "south korea"), so look-ups can stop early. */
    private final Set<String> phrasePrefixes = new HashSet<>();
    /** Acronyms ("UN", "AP", "US"): written in capitals in the lists, they only match words in capitals. */
    private final Map<String, EnumSet<WordClass>> acronyms = new HashMap<>();
    private final Set<String> particlePrefixes = new HashSet<>();
    /** Heads written before what they head ("Mount", "National"): never a name word. */
    private final Set<String> leadingHeads = new HashSet<>();
    /** Leading heads that head the name after them in lower case too ("площади Ким Ир Сена", "حزب الله"). */
    private final Set<String> lowerCaseHeads = new HashSet<>();
    private final Map<String, Set<String>> surnamesByScript = new HashMap<>();
    /** Han titles and organisations, found by substring because Chinese and Japanese are not spaced. */
    private final List<String> hanTitles = new ArrayList<>();
    private int longestPhrase = 1;
    /** Given names in Latin letters, lower case without accents: the name core's list of given names and their forms. */
    private final Set<String> givenNames = new HashSet<>();
    /** Honorifics written as one capital letter ("M", Monsieur) and the words of the language they belong to. */
    private final Map<String, Set<String>> initialHonorifics = new HashMap<>();
    /** Occupation words ("historian", "chef"), lower case without accents: the linker's list, link/occupations.tsv. */
    private final Set<String> occupations = new HashSet<>();
    /** Conjunctions written joined to the next word in Hebrew and Arabic ("ו", "و"). */
    private final List<String> conjunctionPrefixes;
    /** Polish and Czech nominatives of places, whose case forms are recognised ("rosja": "Rosji"). */
    private final Set<String> latinSlavicPlaces = new HashSet<>();
    /** Name particles that are also the conjunction "and" ("y"). */
    private final Set<String> conjunctionParticles;
    /** Endings of East Slavic patronymics in Latin and Cyrillic letters ("-ovich", "-евна"). */
    private final List<String> patronymicEndings;
    /** Suffixes Turkish writes after an apostrophe on a name ("Putin'e"). */
    private final Set<String> turkishCaseSuffixes;

    private DetectLexicon() {
        load("places.txt", WordClass.PLACE);
        load("places-pl-cs.txt", WordClass.PLACE);
        lines("places-pl-cs.txt").forEach(place -> latinSlavicPlaces.add(WordSplitter.fold(place)));
        load("demonyms.txt", WordClass.DEMONYM);
        load("organisations.txt", WordClass.ORGANISATION);
        load("calendar.txt", WordClass.CALENDAR);
        load("titles.txt", WordClass.TITLE);
        load("function-words.txt", WordClass.FUNCTION);
        load("particles.txt", WordClass.PARTICLE);
        for (String line : lines("surnames.txt")) {
            String[] cols = line.split("\t");
            surnamesByScript.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
        }
        for (String title : lines("titles.txt")) {
            if (title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                hanTitles.add(title);
            }
        }
        conjunctionPrefixes = List.copyOf(lines("conjunction-prefixes.txt"));
        conjunctionParticles = Set.copyOf(lines("conjunction-particles.txt"));
        patronymicEndings = List.copyOf(lines("patronymic-endings.txt"));
        turkishCaseSuffixes = Set.copyOf(lines("turkish-case-suffixes.txt"));
        for (String line : lines("initial-honorifics.tsv")) {
            String[] cols = line.split("\t");
            initialHonorifics.put(cols[0], Set.of(cols[1].split(",")));
        }
        // The linker's occupations (word, TAB, sphere), with their sources in that file's header.
        for (String line : io.canonym.name.ResourceLines.read("/link/occupations.tsv")) {
            occupations.add(withoutAccents(line.split("\t")[0].strip()));
        }
        // The name core's given names (label, TAB, forms), with their sources in that file's header.
        for (String line : io.canonym.name.ResourceLines.read("/names/given-name-equivalents.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length == 2) {
                for (String form : cols[1].split(",")) {
                    givenNames.add(withoutAccents(form.strip()));
                }
            }
        }
        // Longest first, so that "国防部长" is found before "部长".
        hanTitles.sort((a, b) -> b.length() - a.length());
    }

    Set<String> turkishCaseSuffixes() {
        return turkishCaseSuffixes;
    }

    static DetectLexicon get() {
        return INSTANCE;
    }

    private void load(String file, WordClass cls) {
        for (String line : lines(file)) {
            WordClass c = cls;
            String entry = line;
            if (cls == WordClass.ORGANISATION && (entry.startsWith("*") || entry.startsWith("^"))) {
                c = WordClass.ORGANISATION_HEAD;
                if (entry.startsWith("^^")) {
                    entry = entry.substring(1);
                    lowerCaseHeads.add(WordSplitter.fold(entry.substring(1)));
                }
                if (entry.startsWith("^")) {
                    leadingHeads.add(WordSplitter.fold(entry.substring(1)));
                }
                entry = entry.substring(1);
            } else if (cls == WordClass.CALENDAR && entry.endsWith("~")) {
                c = WordClass.CALENDAR_OR_NAME;
                entry = entry.substring(0, entry.length() - 1);
            } else if (cls == WordClass.PARTICLE && entry.endsWith("-")) {
                particlePrefixes.add(entry);
                continue;
            }
            String key = String.join(" ", WordSplitter.fold(entry).split("\\s+"));
            if (isAcronym(entry)) {
                acronyms.computeIfAbsent(key, k -> EnumSet.noneOf(WordClass.class)).add(c);
                continue;
            }
            phrases.computeIfAbsent(key, k -> EnumSet.noneOf(WordClass.class)).add(c);
            for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                phrasePrefixes.add(key.substring(0, space));
            }
            longestPhrase = Math.max(longestPhrase, key.split(" ").length);
        }
    }

    /** The classes of a folded phrase, or an empty set. Organisation heads also match their plural ("Guards"). */
    Set<WordClass> classesOf(String foldedPhrase) {
        EnumSet<WordClass> c = phrases.get(foldedPhrase);
        if (c == null && foldedPhrase.length() > 3 && foldedPhrase.endsWith("s") && foldedPhrase.indexOf(' ') < 0) {
            EnumSet<WordClass> singular = phrases.get(foldedPhrase.substring(0, foldedPhrase.length() - 1));
            if (singular != null && singular.contains(WordClass.ORGANISATION_HEAD)) {
                return EnumSet.of(WordClass.ORGANISATION_HEAD);
            }
        }
        return c == null ? Set.of() : c;
    }

    /** The classes of a word written in capitals ("UN"), from the acronym entries; an empty set otherwise. */
    Set<WordClass> acronymClassesOf(String foldedWord) {
        EnumSet<WordClass> c = acronyms.get(foldedWord);
        return c == null ? Set.of() : c;
    }

    private static boolean isAcronym(String entry) {
        return entry.chars().anyMatch(Character::isLetter) && entry.equals(entry.toUpperCase(java.util.Locale.ROOT))
                && !entry.equals(entry.toLowerCase(java.util.Locale.ROOT)) && entry.indexOf(' ') < 0;
    }

    /** Nominative endings of Russian and Ukrainian place names ("Франция", "Франція", "Київ", "Білорусь"). */
    private static final List<String> RUSSIAN_NOMINATIVE_ENDINGS = List.of("", "а", "я", "й", "ь", "ия", "ія");

    /**
     * The classes of a Cyrillic word through its nominative: Russian and Ukrainian decline place names ("Индии",
     * "Москве", "Китая"; "України", "Франції", "Парижі"), so the last one or two letters are swapped for the usual
     * nominative endings.
     */
    Set<WordClass> cyrillicDeclinedClassesOf(String foldedWord) {
        for (int cut = 1; cut <= 2 && foldedWord.length() - cut >= 3; cut++) {
            String stem = foldedWord.substring(0, foldedWord.length() - cut);
            for (String ending : RUSSIAN_NOMINATIVE_ENDINGS) {
                EnumSet<WordClass> c = phrases.get(stem + ending);
                if (c != null && (c.contains(WordClass.PLACE) || c.contains(WordClass.DEMONYM))) {
                    return c;
                }
            }
        }
        return Set.of();
    }

    /** Case endings of Polish and Czech place names ("Rosji", "Ukrainy", "Ukrainie", "Francją", "Ukrajině"). */
    private static final List<String> LATIN_SLAVIC_CASE_ENDINGS =
            List.of("y", "i", "ie", "ii", "ji", "ę", "ą", "ją", "ię", "u", "e", "ě", "ou", "em");
    /** Nominative endings of Polish and Czech place names ("Rosja", "Ukraina", "Indie", "Rusko", "Francie"). */
    private static final List<String> LATIN_SLAVIC_NOMINATIVE_ENDINGS = List.of("", "a", "ja", "ia", "e", "o", "y");
    /** Shortest nominative read through its case form: shorter ones make too many chance matches. */
    private static final int LATIN_SLAVIC_SHORTEST_PLACE = 4;

    /**
     * The classes of a Latin word of a Polish or Czech article through its nominative ("Rosji" → "rosja", "Ukrainy" →
     * "ukraina"): a listed case ending is swapped for a nominative ending. Only for the Polish and Czech names of
     * places ({@code places-pl-cs.txt}: an English "Georgia" read through a Polish ending would make "Georgii" a
     * country), of four letters or more, and never for a listed given name; the caller asks only for articles written
     * in those languages, where "Ghani" would be "Ghaniego".
     */
    Set<WordClass> latinSlavicDeclinedClassesOf(String foldedWord) {
        if (isGivenName(foldedWord)) {
            return Set.of();
        }
        for (String ending : LATIN_SLAVIC_CASE_ENDINGS) {
            if (!foldedWord.endsWith(ending) || foldedWord.length() - ending.length() < 3) {
                continue;
            }
            String stem = foldedWord.substring(0, foldedWord.length() - ending.length());
            for (String nominative : LATIN_SLAVIC_NOMINATIVE_ENDINGS) {
                String place = stem + nominative;
                if (latinSlavicPlaces.contains(place) && place.length() >= LATIN_SLAVIC_SHORTEST_PLACE
                        && !place.equals(foldedWord)) {
                    return EnumSet.of(WordClass.PLACE);
                }
            }
        }
        return Set.of();
    }

    /**
     * The word without a conjunction joined to it ("ורעייתו", and his wife, gives "רעייתו"), for each listed prefix it
     * begins with when three letters or more are left; empty otherwise.
     */
    List<String> withoutConjunction(String foldedWord) {
        List<String> rests = new ArrayList<>(1);
        for (String prefix : conjunctionPrefixes) {
            if (foldedWord.startsWith(prefix) && foldedWord.length() - prefix.length() >= 3) {
                rests.add(foldedWord.substring(prefix.length()));
            }
        }
        return rests;
    }

    /**
     * The words of the language in which this capital letter with a period is an honorific ("M": French words), or
     * null when it is only ever an initial.
     */
    Set<String> honorificLanguage(String letter) {
        return initialHonorifics.get(letter);
    }

    /** "y" (Spanish and, also the particle of "Ortega y Gasset"). */
    boolean isConjunctionParticle(String foldedWord) {
        return conjunctionParticles.contains(foldedWord);
    }

    /** "Vladimirovich", "Alekseyevna", "Кужугетович": a patronymic by its ending, with a stem of three letters or more. */
    boolean isPatronymic(String foldedWord) {
        for (String ending : patronymicEndings) {
            if (foldedWord.endsWith(ending) && foldedWord.length() - ending.length() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** "sergei", "Paweł", "maría": a given name of the name core's list (accents aside). */
    boolean isGivenName(String word) {
        return givenNames.contains(withoutAccents(word));
    }

    /**
     * "historian", "NAVO-chef": an occupation of the linker's list, whole or as the part after a hyphen, and not a
     * listed given name.
     */
    boolean isOccupation(String word) {
        String plain = withoutAccents(word);
        String lastPart = plain.substring(plain.lastIndexOf('-') + 1);
        return (occupations.contains(plain) || occupations.contains(lastPart)) && !givenNames.contains(plain);
    }

    private static String withoutAccents(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT).replace('ł', 'l').replace('ø', 'o').replace('đ', 'd');
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    boolean isLeadingHead(String foldedWord) {
        return leadingHeads.contains(foldedWord);
    }

    /** A head written before what it heads, which the language writes in lower case or without capitals. */
    boolean headsInLowerCase(String foldedWord) {
        return lowerCaseHeads.contains(foldedWord);
    }

    /** True when some listed phrase of several words begins with these words. */
    boolean isPhrasePrefix(String foldedWords) {
        return phrasePrefixes.contains(foldedWords);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** "al-Assad" → true: the word starts with a name prefix joined by a hyphen. */
    boolean hasParticlePrefix(String foldedWord) {
        int hyphen = foldedWord.indexOf('-');
        return hyphen > 0 && hyphen + 1 < foldedWord.length()
                && particlePrefixes.contains(foldedWord.substring(0, hyphen + 1));
    }

    /** The word without a leading name prefix: "al-assad" → "assad". */
    String withoutParticlePrefix(String foldedWord) {
        return hasParticlePrefix(foldedWord) ? foldedWord.substring(foldedWord.indexOf('-') + 1) : foldedWord;
    }

    boolean isSurname(String script, String surname) {
        Set<String> s = surnamesByScript.get(script);
        return s != null && s.contains(surname);
    }

    List<String> hanTitles() {
        return hanTitles;
    }

    private static List<String> lines(String file) {
        String resource = "/detect/" + file;
        InputStream in = DetectLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing detection data file on class path: " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
