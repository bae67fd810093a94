package io.canonym.mention.detect;

import io.canonym.name.Spellings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the spans that refer to the same person within one article and decides the lone words.
 *
 * <p>Full names found earlier found the groups; a later lone word that is the family name ("Kim",
 * "Zelensky") or the given name ("Lauren") of exactly one of them joins that group, and of two or more
 * ("Kim" after "Kim Jong-un" and "Kim Yo-jong") is ambiguous. A lone word before any full name (a headline
 * "Zelensky meets ...") looks at the full names after it instead. Relatives are other full names, so
 * "his sister Kim Yo-jong" or "Olena Zelenska" found their own groups and never merge into the famous one.
 */
final class RepeatGrouper {
    /** The most letters read as a person's initials ("MBS", "AMLO"). */
    private static final int MAX_INITIALS = 4;
    /** A person within the article: the proposals that name them, first full mention first. */
    static final class Group {
        final List<Proposal> members = new ArrayList<>();

        Proposal founder() {
            return members.get(0);
        }
    }

    /** The outcome for one kept proposal. */
    record Placed(Proposal proposal, NameShape shape, Group group, List<Group> possible) {
    }

    private RepeatGrouper() {
    }

    /** Proposals must not overlap and must be in text order. */
    static List<Placed> group(List<Proposal> proposals, String text) {
        return group(proposals, text, LatinDeclension.NONE);
    }

    /** @param declension how the article declines names in Latin letters */
    static List<Placed> group(List<Proposal> proposals, String text, LatinDeclension declension) {
        proposals = splitRepeatsOutOfRuns(proposals, text);
        boolean japanese = writesKana(text);
        List<Group> fullGroups = new ArrayList<>();
        Map<Proposal, Group> groupOf = new HashMap<>();
        for (Proposal p : proposals) {
            if (p.isFullName() && p.confirmed) {
                Group g = fullGroups.stream().filter(x -> sameFullName(x.founder(), p)
                        || japanese && familyNameOf(x.founder(), p)).findFirst().orElse(null);
                if (g == null) {
                    g = new Group();
                    fullGroups.add(g);
                }
                g.members.add(p);
                groupOf.put(p, g);
            }
        }
        List<Placed> placed = new ArrayList<>();
        List<Proposal> undecided = new ArrayList<>();
        Map<String, Group> singleGroups = new HashMap<>();
        for (Proposal p : proposals) {
            if (p.isFullName()) {
                if (p.confirmed) {
                    placed.add(new Placed(p, NameShape.FULL_NAME, groupOf.get(p), List.of()));
                }
                continue;
            }
            String word = p.parts.get(0);
            Set<Group> surnameOf = new LinkedHashSet<>();
            Set<Group> givenOf = new LinkedHashSet<>();
            if (p.inCapitals) {
                matches(fullGroups, p, word, true, text, surnameOf, givenOf);
                if (surnameOf.isEmpty() && givenOf.isEmpty() && word.length() <= MAX_INITIALS) {
                    initialsMatches(fullGroups, p, word, text, surnameOf);
                }
                placeInCapitals(p, surnameOf, givenOf, placed);
                continue;
            }
            // A name written earlier, in any case form, comes before one written later (headlines repeat what follows).
            matches(fullGroups, p, word, true, text, surnameOf, givenOf);
            if (surnameOf.isEmpty() && givenOf.isEmpty()) {
                declinedMatches(fullGroups, p, word, declension, surnameOf);
            }
            if (surnameOf.isEmpty() && givenOf.isEmpty()) {
                genitiveMatches(fullGroups, p, word, surnameOf);
            }
            if (surnameOf.isEmpty() && givenOf.isEmpty()) {
                matches(fullGroups, p, word, false, text, surnameOf, givenOf);
            }
            if (surnameOf.isEmpty() && givenOf.isEmpty()) {
                middleMatches(fullGroups, p, word, surnameOf);
            }
            Set<Group> all = new LinkedHashSet<>(surnameOf);
            all.addAll(givenOf);
            if (all.size() == 1) {
                Group g = all.iterator().next();
                if (!surnameOf.isEmpty()) {
                    p = withParticlesOfTheFounder(p, g.founder(), text);
                }
                g.members.add(p);
                p.evidence.add(Evidence.REPEAT);
                placed.add(new Placed(p, surnameOf.isEmpty() ? NameShape.GIVEN_NAME_ONLY : NameShape.SURNAME_ONLY,
                        g, List.of()));
            } else if (all.size() > 1) {
                Group own = new Group();
                own.members.add(p);
                p.evidence.add(Evidence.REPEAT);
                placed.add(new Placed(p, surnameOf.isEmpty() ? NameShape.GIVEN_NAME_ONLY : NameShape.SURNAME_ONLY,
                        own, List.copyOf(all)));
            } else if (p.confirmed) {
                // "President Macron ... Macron said": a single name repeats itself.
                Group g = singleGroups.computeIfAbsent(word, k -> new Group());
                boolean repeat = !g.members.isEmpty();
                g.members.add(p);
                if (repeat) {
                    p.evidence.add(Evidence.REPEAT);
                }
                placed.add(new Placed(p, NameShape.SINGLE_NAME, g, List.of()));
            } else if (singleGroups.containsKey(word)) {
                Group g = singleGroups.get(word);
                g.members.add(p);
                p.evidence.add(Evidence.REPEAT);
                placed.add(new Placed(p, NameShape.SINGLE_NAME, g, List.of()));
            } else {
                undecided.add(p);
            }
        }
        placeCoordinated(undecided, placed, text, singleGroups);
        placed.sort(java.util.Comparator.comparingInt(x -> x.proposal().start));
        return placed;
    }

    /**
     * "Modi and Putin discussed": a lone capitalised word joined by "and", "or" or a comma to a name is a
     * name too (the lists have already ruled out places, agencies and months).
     */
    private static void placeCoordinated(List<Proposal> undecided, List<Placed> placed, String text,
                                         Map<String, Group> singleGroups) {
        for (Proposal p : undecided) {
            boolean coordinated = false;
            for (Placed other : placed) {
                Proposal o = other.proposal();
                if (o.end <= p.start && isCoordination(text.substring(o.end, p.start))
                        || p.end <= o.start && isCoordination(text.substring(p.end, o.start))) {
                    coordinated = true;
                    break;
                }
            }
            if (coordinated) {
                Group g = singleGroups.computeIfAbsent(p.parts.get(0), k -> new Group());
                g.members.add(p);
                placed.add(new Placed(p, NameShape.SINGLE_NAME, g, List.of()));
            }
        }
    }

    private static boolean isCoordination(String gap) {
        return gap.equals(" and ") || gap.equals(" or ") || gap.equals(", ") || gap.equals(" & ") || gap.equals(" и ");
    }

    /**
     * Capitalised runs that are repeats of full names written earlier, not names of their own; each becomes a lone word,
     * for the repeat rules:
     * <ul>
     *   <li>"Sánchez y Guterres" after "Pedro Sánchez" and "António Guterres": two surname repeats joined by a lower-case
     *       word that is also a name particle (Spanish "y", as in "Ortega y Gasset") are two people, not one name, when
     *       each word is the family name of a different full name written earlier;</li>
     *   <li>"Wladimir Putin … Putins Angebot" (Putin's offer): German writes its nouns with a capital, so a family name
     *       in the genitive and the noun after it are one run. When the first of two words is an earlier full name's
     *       family name with a genitive -s, it is that name's repeat and the noun is left out.</li>
     * </ul>
     */
    private static List<Proposal> splitRepeatsOutOfRuns(List<Proposal> proposals, String text) {
        List<Proposal> out = new ArrayList<>(proposals.size());
        Set<String> familiesBefore = new java.util.HashSet<>();
        for (Proposal p : proposals) {
            String[] written = text.substring(p.start, p.end).split(" ");
            boolean coordinated = p.confirmed && p.parts.size() == 2 && written.length == 3 && isLowerCaseWord(written[1])
                    && !p.parts.get(0).equals(p.parts.get(1))
                    && familiesBefore.contains(p.parts.get(0)) && familiesBefore.contains(p.parts.get(1));
            if (coordinated) {
                int secondStart = p.end - written[2].length();
                out.add(lone(p, p.start, p.start + written[0].length(), p.parts.get(0)));
                out.add(lone(p, secondStart, p.end, p.parts.get(1)));
                continue;
            }
            String first = p.parts.get(0);
            boolean genitiveBeforeNoun = p.confirmed && !p.familyNameFirst && p.parts.size() == 2 && written.length == 2
                    && first.endsWith("s") && familiesBefore.contains(first.substring(0, first.length() - 1));
            if (genitiveBeforeNoun) {
                out.add(lone(p, p.start, p.start + written[0].length(), first));
                continue;
            }
            if (p.isFullName() && p.confirmed) {
                familiesBefore.add(p.family());
            }
            out.add(p);
        }
        return out;
    }

    private static Proposal lone(Proposal from, int start, int end, String part) {
        Proposal p = new Proposal(start, end, List.of(part), from.evidence.iterator().next(), false);
        if (start == from.start) {
            p.roles.addAll(from.roles);
        }
        return p;
    }

    /**
     * "von der Leyen" after "Ursula von der Leyen": a surname repeat written with the lower-case particles the full name
     * wrote before its family name is that whole spelling. The capitalised-run rule drops lower-case particles at
     * the start of a run (mid-sentence "von" or "de" is as often a preposition), so only the founder's own particles,
     * written the same way right before the repeat, are taken back.
     */
    private static Proposal withParticlesOfTheFounder(Proposal p, Proposal founder, String text) {
        String particles = particlesBeforeFamily(founder, text);
        if (particles.isEmpty()) {
            return p;
        }
        int start = p.start - particles.length() - 1;
        boolean written = start >= 0 && text.startsWith(particles + " ", start)
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
        if (!written) {
            return p;
        }
        Proposal widened = new Proposal(start, p.end, p.parts, p.evidence.iterator().next(), p.confirmed);
        widened.evidence.addAll(p.evidence);
        widened.roles.addAll(p.roles);
        widened.familyNameFirst = p.familyNameFirst;
        widened.inverted = p.inverted;
        return widened;
    }

    /** The lower-case words ("von der", "de", "bin") written between a full name's given and family name, or "". */
    private static String particlesBeforeFamily(Proposal founder, String text) {
        if (founder.familyNameFirst || founder.inverted) {
            return "";
        }
        String[] words = text.substring(founder.start, founder.end).split("\\s+");
        int family = words.length - 1;
        int first = family;
        while (first - 1 > 0 && isLowerCaseWord(words[first - 1])) {
            first--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(first, family));
    }

    private static boolean isLowerCaseWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLowerCase);
    }

    /**
     * "Mohammed bin Salman … King Salman": the family name of a nasab is the father's own name, and repeats the son only
     * with its "bin" ("bin Salman", which the capitalised-run rule proposes without its particle).
     */
    private static boolean fathersNameAlone(Proposal founder, Proposal p, String text) {
        if (!Spellings.endsInNasab(text.substring(founder.start, founder.end))) {
            return false;
        }
        int wordEnd = p.start;
        while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return !Spellings.isNasabParticle(text.substring(wordStart, wordEnd));
    }

    /**
     * "Wladimir Putin … Putins Sprecher", "Viktor Orbán … Orbáns Regierung": German, Dutch and the Scandinavian languages
     * write the genitive with an -s joined to the family name (English with an apostrophe, which the word splitter
     * takes off). Not after a family name that ends in a hissing sound, which takes none.
     */
    private static void genitiveMatches(List<Group> groups, Proposal p, String word, Set<Group> surnameOf) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return;
        }
        String family = word.substring(0, word.length() - 1);
        if (family.endsWith("s") || family.endsWith("x") || family.endsWith("z")) {
            return;
        }
        for (Group g : groups) {
            if (g.founder().start < p.start && g.founder().family().equals(family)) {
                surnameOf.add(g);
            }
        }
    }

    /**
     * "Mohammed bin Salman … MBS": full names written before p whose words, particles included, begin with the letters
     * of p in order ("Kim Jong-un" spells KJU: a hyphen parts words too).
     */
    private static void initialsMatches(List<Group> groups, Proposal p, String word, String text, Set<Group> matched) {
        for (Group g : groups) {
            Proposal f = g.founder();
            if (f.start < p.start && word.equals(initialsOf(text.substring(f.start, f.end)))) {
                matched.add(g);
            }
        }
    }

    private static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s\\-‐]+")) {
            if (!w.isEmpty()) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return initials.toString();
    }

    /** A word in capitals repeats a name only when it is a part or the initials of exactly one earlier full name. */
    private static void placeInCapitals(Proposal p, Set<Group> surnameOf, Set<Group> givenOf, List<Placed> placed) {
        Set<Group> all = new LinkedHashSet<>(surnameOf);
        all.addAll(givenOf);
        if (all.size() != 1) {
            return;
        }
        Group g = all.iterator().next();
        g.members.add(p);
        p.evidence.add(Evidence.REPEAT);
        placed.add(new Placed(p, surnameOf.isEmpty() ? NameShape.GIVEN_NAME_ONLY : NameShape.SURNAME_ONLY, g, List.of()));
    }

    /** Groups whose founding full name has this family or given name, among those before (or after) p. */
    private static void matches(List<Group> groups, Proposal p, String word, boolean before, String text,
                                Set<Group> surnameOf, Set<Group> givenOf) {
        for (Group g : groups) {
            Proposal f = g.founder();
            if (before != (f.start < p.start)) {
                continue;
            }
            if (f.family().equals(word)) {
                if (!fathersNameAlone(f, p, text)) {
                    surnameOf.add(g);
                }
            } else if (f.given().equals(word)) {
                givenOf.add(g);
            }
        }
    }

    /**
     * "Wołodymyrem Zełenskim … Zełenskiego", "Володимир Зеленський … Зеленського": in a Slavic article a lone word
     * repeats an earlier full name when the two family names have a nominative in common ({@link CaseEndings});
     * so in a Hungarian one ("Putyinnal"), where a Hungarian's family name comes first ("Orbán Viktor … Orbánnal").
     */
    private static void declinedMatches(List<Group> groups, Proposal p, String word, LatinDeclension declension,
                                        Set<Group> surnameOf) {
        // The lone word may be the declined one ("Orbánovi" after "Viktor Orbán"), or the full name may be
        // ("Orbán" after "Viktorem Orbánem").
        List<String> forms = CaseEndings.get().nominativesOf(word, declension);
        for (Group g : groups) {
            Proposal f = g.founder();
            if (f.start >= p.start) {
                continue;
            }
            List<String> families = declension == LatinDeclension.HUNGARIAN ? List.of(f.family(), f.parts.get(0)) : List.of(f.family());
            for (String family : families) {
                List<String> familyForms = CaseEndings.get().nominativesOf(family, declension);
                if (forms.contains(family) || forms.stream().anyMatch(familyForms::contains) || familyForms.contains(word)) {
                    surnameOf.add(g);
                }
            }
        }
    }

    /**
     * A word inside a longer earlier full name ("Lula" of "Luiz Inacio Lula da Silva", "Garcia" of "Gabriel
     * Garcia Marquez"): Portuguese and Spanish names carry several family names, any of which is repeated.
     */
    private static void middleMatches(List<Group> groups, Proposal p, String word, Set<Group> surnameOf) {
        for (Group g : groups) {
            Proposal f = g.founder();
            if (f.start < p.start && f.parts.size() >= 3 && f.parts.subList(1, f.parts.size() - 1).contains(word)) {
                surnameOf.add(g);
            }
        }
    }

    /**
     * "石破茂前首相 … 石破氏": Japanese refers to a person by the family name, which in Han characters is two or more
     * characters the full name begins with (a Chinese reading would take "石" for the family name and "破" for a given
     * name, and found a person of its own). Only in Japanese text, known by its kana.
     */
    private static boolean familyNameOf(Proposal a, Proposal b) {
        String first = String.join("", a.parts);
        String second = String.join("", b.parts);
        String shorter = first.length() < second.length() ? first : second;
        String longer = first.length() < second.length() ? second : first;
        return shorter.length() >= 2 && shorter.length() < longer.length() && longer.startsWith(shorter) && allHan(longer);
    }

    private static boolean allHan(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean writesKana(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        });
    }

    /** "Kim Jong-un" and "Kim Jong Un"; "Sergei Shoigu" and "Sergei Kuzhugetovich Shoigu"; "Shoigu, Sergei". */
    private static boolean sameFullName(Proposal a, Proposal b) {
        if (String.join("", a.parts).replace("-", "").equals(String.join("", b.parts).replace("-", ""))) {
            return true;
        }
        // "Shoigu, Sergei" and "Sergei Shoigu": an inverted name has its family name first, whatever the other's order.
        return (a.familyNameFirst == b.familyNameFirst || a.inverted || b.inverted)
                && a.family().equals(b.family()) && a.given().equals(b.given());
    }
}
