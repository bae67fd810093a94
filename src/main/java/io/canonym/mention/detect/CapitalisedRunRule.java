package io.canonym.mention.detect;

import java.util.List;

/**
 * Runs of capitalised words that no list claims ("Kim Jong-un", "Sergei Shuigu", "Ursula von der Leyen",
 * "Bashar al-Assad"). Two or more name words make a full name; a single word is a name only after a
 * title ("Pope Francis") and is otherwise proposed unconfirmed, to be kept if it repeats a full name.
 */
final class CapitalisedRunRule {
    private CapitalisedRunRule() {
    }

    static void apply(AnalysedText t, List<Proposal> out) {
        proposeShoutedWords(t, out);
        proposeWordsInCapitals(t, out);
        int i = 0;
        while (i < t.size()) {
            if (!canBeInRun(t, i) && !headStartingAName(t, i)) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < t.size() && t.joined(last + 1) && canBeInRun(t, last + 1)
                    && !conjunctionBetweenNames(t, i, last + 1)) {
                last++;
            }
            if (last + 1 < t.size() && t.joined(last + 1) && t.word(last).casing() == Word.Casing.CAPITALISED
                    && familyNameInCapitals(t, last + 1)) {
                last++;
            }
            propose(t, i, last, out);
            i = last + 1;
        }
    }

    /**
     * "Sergey LAVROV", "Aleksandr Grigoryevich LUKASHENKO": official lists, French papers and some agencies write the
     * family name in capitals after the given names. Such a word ends the name. Not on a line all in capitals, and not
     * an acronym a list knows (classes) nor a Roman numeral ("Charles III").
     */
    private static boolean familyNameInCapitals(AnalysedText t, int i) {
        return unlistedInCapitals(t, i) && !t.word(i).text().matches("[IVX]+");
    }

    /** A word of three letters or more in capitals, in running text (not on a line all in capitals), no list knows. */
    private static boolean unlistedInCapitals(AnalysedText t, int i) {
        Word w = t.word(i);
        return w.casing() == Word.Casing.ALL_CAPS && !t.onShoutedLine[i] && t.classes[i] == WordClass.UNLISTED
                && w.text().length() >= 3;
    }

    /**
     * A word in capitals that no list knows, in running text: the family name of a full name written so earlier
     * ("Emmanuel MACRON … MACRON stressed"), or a person's initials ("MBS", "AMLO"). Proposed alone and unconfirmed,
     * it is kept only when it repeats an earlier full name so ({@link RepeatGrouper}).
     */
    private static void proposeWordsInCapitals(AnalysedText t, List<Proposal> out) {
        for (int i = 0; i < t.size(); i++) {
            Word w = t.word(i);
            if (unlistedInCapitals(t, i) && w.text().chars().allMatch(Character::isLetter)
                    && !(i > 0 && t.joined(i) && t.word(i - 1).casing() == Word.Casing.CAPITALISED)) {
                Proposal p = NameParts.proposal(t, i, i, Evidence.CAPITALISED, false);
                p.inCapitals = true;
                out.add(p);
            }
        }
    }

    /**
     * On a line in capitals each unlisted word may still repeat a name from the text ("KIM" of "Kim
     * Jong-un"), so it is proposed alone and unconfirmed; bylines are read by {@link BylineRule}.
     */
    private static void proposeShoutedWords(AnalysedText t, List<Proposal> out) {
        for (int i = 0; i < t.size(); i++) {
            Word w = t.word(i);
            if (t.onShoutedLine[i] && w.casing() == Word.Casing.ALL_CAPS && t.classes[i] == WordClass.UNLISTED) {
                out.add(NameParts.proposal(t, i, i, Evidence.CAPITALISED, false));
            }
        }
    }

    /**
     * "Park Geun-hye", "Hall Kyung-ho": a head word written after what it heads ("Park", "Hall") cannot
     * head anything at the start of a capitalised sequence, so there it is a name word if a name follows.
     */
    private static boolean headStartingAName(AnalysedText t, int i) {
        Word w = t.word(i);
        if (t.classes[i] != WordClass.ORGANISATION_HEAD || w.casing() != Word.Casing.CAPITALISED
                || t.lexicon.isLeadingHead(w.folded())) {
            return false;
        }
        boolean afterCapital = i > 0 && t.joined(i) && (t.word(i - 1).casing() == Word.Casing.CAPITALISED
                || t.word(i - 1).casing() == Word.Casing.ALL_CAPS);
        return !afterCapital && i + 1 < t.size() && t.joined(i + 1) && t.classes[i + 1] == WordClass.UNLISTED
                && t.word(i + 1).casing() == Word.Casing.CAPITALISED;
    }

    private static boolean canBeInRun(AnalysedText t, int i) {
        Word w = t.word(i);
        WordClass c = t.classes[i];
        if (w.casing() == Word.Casing.CAPITALISED) {
            return c == WordClass.UNLISTED || c == WordClass.PARTICLE || c == WordClass.CALENDAR_OR_NAME;
        }
        return w.casing() == Word.Casing.LOWER && c == WordClass.PARTICLE; // "bin", "von der", "de"
    }

    /**
     * "Nikita Jruschov y Fidel Castro": a lower-case particle that is also a conjunction ("y", Spanish and;
     * {@code detect/conjunction-particles.txt}) joins two people when two or more name words stand on each side. In a
     * name it joins two family names, so one word follows it ("José Ortega y Gasset", "Santiago Ramón y Cajal").
     * Patronymic particles ("bin", "ibn") are followed by given names by design, and are not conjunctions.
     */
    private static boolean conjunctionBetweenNames(AnalysedText t, int first, int k) {
        if (!isLowerParticle(t, k) || !t.lexicon.isConjunctionParticle(t.word(k).folded()) || nameWordsBetween(t, first, k - 1) < 2) {
            return false;
        }
        int next = k + 1;
        if (next >= t.size() || !t.joined(next) || t.word(next).casing() != Word.Casing.CAPITALISED) {
            return false;
        }
        int end = next;
        while (end + 1 < t.size() && t.joined(end + 1) && canBeInRun(t, end + 1) && !isLowerParticle(t, end + 1)) {
            end++;
        }
        return end > next;
    }

    private static void propose(AnalysedText t, int first, int last, List<Proposal> out) {
        boolean afterTitle = first > 0 && t.joined(first) && t.classes[first - 1] == WordClass.TITLE;
        // Lower-case particles only live inside a name, or at its start right after a title ("President von der Leyen").
        // A lone one there is the preposition "of" ("un portavoz de Netanyahu", "der Sprecher von Merz").
        boolean particlesOpenTheName = afterTitle && first + 1 < last && isLowerParticle(t, first) && isLowerParticle(t, first + 1);
        while (first <= last && isLowerParticle(t, first) && !particlesOpenTheName) {
            first++;
        }
        while (last >= first && isLowerParticle(t, last)) {
            last--;
        }
        // A month that is also a name ("May") is a name word only beside another, and never before a date.
        while (last >= first && t.classes[last] == WordClass.CALENDAR_OR_NAME) {
            boolean beforeNumber = last + 1 < t.size() && t.word(last + 1).casing() == Word.Casing.OTHER;
            if (!beforeNumber && last > first) {
                break;
            }
            last--;
        }
        // A capitalised sentence opener the article also writes in lower case is a common word ("Speculation"), unless
        // it is an initial with its period ("В. В. Путин прибыл", whose article writes the preposition "в").
        if (first <= last && t.word(first).sentenceStart() && t.classes[first] != WordClass.PARTICLE
                && t.lowerCaseVocabulary.contains(t.word(first).folded()) && !t.initialWithPeriod(first)) {
            first++;
            while (first <= last && isLowerParticle(t, first)) {
                first++;
            }
        }
        // "Historian Irina Volkova", "NAVO-chef Mark Rutte": an occupation written before a name of two words or more
        // describes the person (as a title does) and is no name word. The linker reads it as the person's description.
        if (nameWordsBetween(t, first + 1, last) >= 2 && t.word(first).casing() == Word.Casing.CAPITALISED
                && t.lexicon.isOccupation(t.word(first).text())) {
            first++;
            while (first <= last && isLowerParticle(t, first)) {
                first++;
            }
        }
        if (first > last || touchesOrganisation(t, first, last) || quoted(t, first, last) || onlyInitials(t, first, last)) {
            return;
        }
        int nameWords = 0;
        for (int k = first; k <= last; k++) {
            if (!isLowerParticle(t, k)) {
                nameWords++;
            }
        }
        if (t.onHeadlineLine[first]) {
            // Capitals on a Title Case headline prove nothing: each word is a name only if it repeats
            // part of a full name from the text ("Shoigu Meets Kim"), or if the gazetteer knows it.
            for (int k = first; k <= last; k++) {
                if (!isLowerParticle(t, k)) {
                    out.add(NameParts.proposal(t, k, k, Evidence.CAPITALISED, false));
                }
            }
            return;
        }
        if (twoNamesOfOneFamily(t, first, last)) {
            propose(t, first, first + 1, out);
            propose(t, first + 2, last, out);
            return;
        }
        // "Pope Leo XIV", "Charles III", "Martin Luther King Jr": a regnal number or suffix ends the name.
        if (last + 1 < t.size() && t.joined(last + 1) && isNameSuffix(t.word(last + 1))) {
            last++;
        }
        Proposal p = NameParts.proposal(t, first, last, Evidence.CAPITALISED, false);
        p.confirmed = nameWords >= 2 || p.evidence.contains(Evidence.AFTER_TITLE);
        out.add(p);
    }

    /**
     * "Вдова политика Алексея Навального Юлия Навальная" (the politician Alexei Navalny's widow Yulia Navalnaya): four
     * capitalised words whose second and fourth share a family stem are two people of one family, side by side, as
     * languages that decline names write a relative after the genitive of the person ("сын Рамзана Кадырова Адам
     * Кадыров"). One four-word name repeats no stem of its second word in its fourth.
     */
    private static boolean twoNamesOfOneFamily(AnalysedText t, int first, int last) {
        if (last - first != 3) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (t.classes[k] == WordClass.PARTICLE || t.word(k).casing() != Word.Casing.CAPITALISED) {
                return false;
            }
        }
        String family = t.word(first + 1).folded();
        String again = t.word(last).folded();
        int common = 0;
        while (common < Math.min(family.length(), again.length()) && family.charAt(common) == again.charAt(common)) {
            common++;
        }
        return common >= SHARED_FAMILY_STEM && common >= Math.min(family.length(), again.length()) - MAX_CASE_ENDING;
    }

    /** Letters two spellings of one family name share at least ("Навальн"), and case-ending letters they may differ by. */
    private static final int SHARED_FAMILY_STEM = 4;
    private static final int MAX_CASE_ENDING = 3;

    private static int nameWordsBetween(AnalysedText t, int first, int last) {
        int n = 0;
        for (int k = first; k <= last; k++) {
            if (!isLowerParticle(t, k)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isNameSuffix(Word w) {
        String s = w.text();
        return (w.casing() == Word.Casing.ALL_CAPS || s.length() == 1) && s.matches("[IVX]{1,5}")
                || s.equals("Jr") || s.equals("Sr");
    }

    private static boolean isLowerParticle(AnalysedText t, int i) {
        return t.classes[i] == WordClass.PARTICLE && t.word(i).casing() == Word.Casing.LOWER;
    }

    /** "Red Cross", "Harvard University", "Lake Baikal": capitalised words beside an organisation or place word. */
    static boolean touchesOrganisation(AnalysedText t, int first, int last) {
        int next = last + 1;
        if (next < t.size() && (t.joined(next) || possessiveBetween(t, last, next)) && isCapitalisedHead(t, next)) {
            return true; // "Harvard University", "St Peter's Square"
        }
        int previous = first - 1;
        return previous >= 0 && t.joined(first) && t.classes[previous] == WordClass.ORGANISATION_HEAD
                && headsWhatFollows(t, previous) && !nameAfterTrailingHead(t, previous, first, last);
    }

    /**
     * A head word before a name heads it when capitalised ("Lake Baikal", "Harvard University"), and some heads of
     * languages that write them in lower case also in lower case or in a script without capitals ("площади Ким Ир
     * Сена", "حزب الله"); English ones in lower case are adjectives ("minister of foreign Sergey Lavrov").
     */
    private static boolean headsWhatFollows(AnalysedText t, int head) {
        Word w = t.word(head);
        return w.casing() == Word.Casing.CAPITALISED || t.lexicon.headsInLowerCase(w.folded())
                && (w.casing() == Word.Casing.LOWER || w.casing() == Word.Casing.CASELESS);
    }

    /**
     * "the Security Council Sergei Shoygu", "the European Commission Ursula von der Leyen": a head written after what it
     * heads ("Council", "Commission") has ended its organisation, so two or more capitalised name words after it are a
     * name of their own (a single word may still be part of the organisation's name). A head written before what it
     * heads ("Lake Baikal", "Mount Kenya") still takes the words after it.
     */
    private static boolean nameAfterTrailingHead(AnalysedText t, int head, int first, int last) {
        return !t.lexicon.isLeadingHead(t.word(head).folded()) && nameWordsBetween(t, first, last) >= 2
                && t.word(first).casing() == Word.Casing.CAPITALISED;
    }

    /** "U.S.", "U.N.": letters with periods and no name after them abbreviate a place or an organisation. */
    private static boolean onlyInitials(AnalysedText t, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!t.word(k).isInitial()) {
                return false;
            }
        }
        return last > first;
    }

    /** "Freedom Shield" in quotation marks names a thing (an exercise, a film, a slogan), not a person. */
    private static boolean quoted(AnalysedText t, int first, int last) {
        int s = t.word(first).start();
        int e = t.word(last).end();
        return s > 0 && e < t.cleaned.length() && "\"“«„'‘".indexOf(t.cleaned.charAt(s - 1)) >= 0
                && "\"”»“'’".indexOf(t.cleaned.charAt(e)) >= 0;
    }

    private static boolean possessiveBetween(AnalysedText t, int a, int b) {
        String gap = t.cleaned.substring(t.word(a).end(), t.word(b).start());
        return gap.equals("'s ") || gap.equals("’s ") || gap.equals("' ") || gap.equals("’ ");
    }

    private static boolean isCapitalisedHead(AnalysedText t, int i) {
        WordClass c = t.classes[i];
        Word.Casing casing = t.word(i).casing();
        return (c == WordClass.ORGANISATION_HEAD || c == WordClass.ORGANISATION)
                && (casing == Word.Casing.CAPITALISED || casing == Word.Casing.ALL_CAPS);
    }
}
