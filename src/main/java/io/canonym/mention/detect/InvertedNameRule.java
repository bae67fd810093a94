package io.canonym.mention.detect;

import java.util.List;

/**
 * "Shoigu, Sergei": lists, registers and sanctions annexes write the family name first, then a comma and the given
 * name. Such a pair is one mention of the person's full name, not two names, when something shows that the two words
 * are one name in inverted order:
 * <ul>
 *   <li>the word after the comma is a given name (the name core's list of given names,
 *       {@code /names/given-name-equivalents.tsv}), the word before it is not one ("Maria, Pavel and Sergei" is
 *       a list of people), and the entry is closed by punctuation or a quotation mark ("'Prigozhin, Pavel',"),
 *       as a list entry is; or</li>
 *   <li>the caller's gazetteer knows the pair in the usual order ("Sergei Shoigu").</li>
 * </ul>
 * A patronymic after the given name is part of the entry ("Putin, Vladimir Vladimirovich;").
 * An ordinary list of surnames ("Putin, Lavrov and Shoigu") has neither. The word after the comma must end the name:
 * in "Putin, Sergei Lavrov and ..." it begins the next full name. And the word before the comma must begin one: in
 * "Vladimir Putin, Sergei ..." it ends the previous.
 */
final class InvertedNameRule {
    /** "Lula da Silva": family names of a register entry have at most this many words, particles included. */
    private static final int MAX_FAMILY_WORDS = 3;

    private InvertedNameRule() {
    }

    static void apply(AnalysedText t, KnownNames known, List<Proposal> out) {
        for (int g = 1; g < t.size(); g++) {
            int s = g - 1;
            if (!commaBetween(t, s, g) || !surnameWord(t, s) || !givenWord(t, g)) {
                continue;
            }
            Proposal entry = longRegisterEntry(t, known, s, g);
            if (entry != null) {
                out.add(entry);
                continue;
            }
            int end = patronymicAfter(t, g) ? g + 1 : g;
            if (continuesAName(t, end + 1)) {
                continue;
            }
            // Lower-case particles before the family name belong to it ("von der Leyen, Ursula").
            int first = s;
            while (first > 0 && t.joined(first) && t.classes[first - 1] == WordClass.PARTICLE
                    && t.word(first - 1).casing() == Word.Casing.LOWER) {
                first--;
            }
            if (first > 0 && t.joined(first) && isNameWord(t, first - 1)) {
                continue; // "Vladimir Putin, Sergei": the family name ends a name written in the usual order
            }
            String family = t.lexicon.withoutParticlePrefix(t.word(s).folded());
            String given = t.word(g).folded();
            boolean givenName = t.lexicon.isGivenName(given) && !t.lexicon.isGivenName(family) && closedAfter(t, end);
            boolean knownInverted = !givenName && known.isKnownName(t.word(g).text() + " "
                    + t.body.substring(t.word(first).start(), t.word(s).end()));
            if (!givenName && !knownInverted) {
                continue;
            }
            Proposal p = new Proposal(t.word(first).start(), t.word(end).end(), List.of(family, given),
                    knownInverted ? Evidence.GAZETTEER : Evidence.CAPITALISED, true);
            p.familyNameFirst = true;
            p.inverted = true;
            p.roles.addAll(NameParts.rolesBefore(t, first));
            out.add(p);
        }
    }

    /** Exactly ", " between words s and g; asked of every pair of words, so nothing is cut out of the text. */
    private static boolean commaBetween(AnalysedText t, int s, int g) {
        int end = t.word(s).end();
        return t.word(g).start() - end == 2 && t.cleaned.startsWith(", ", end);
    }

    /**
     * "- Erdogan, Recep Tayyip (Turkey)", "- Lula da Silva, Luiz Inacio (Brazil)": a register entry whose family name or
     * given name has more than one word. Such an entry is only taken when it stands alone on its line or between
     * punctuation (so "Vladimir Putin, Sergei Lavrov and" stays two names) and the gazetteer knows it in the usual order.
     * Null when the pair is not such an entry; the one-word entries are left to the rule above.
     */
    private static Proposal longRegisterEntry(AnalysedText t, KnownNames known, int s, int g) {
        int first = s;
        while (first > 0 && s - first < MAX_FAMILY_WORDS - 1 && t.joined(first)
                && (isNameWord(t, first - 1) || t.classes[first - 1] == WordClass.PARTICLE)) {
            first--;
        }
        int end = g;
        if (g + 1 < t.size() && t.joined(g + 1) && givenWord(t, g + 1)) {
            end = g + 1;
        }
        if (patronymicAfter(t, end)) {
            end++;
        }
        if (first == s && end == g || !openedBefore(t, first) || !closedAfterSpaces(t, end)) {
            return null;
        }
        String given = t.body.substring(t.word(g).start(), t.word(end).end());
        String family = t.body.substring(t.word(first).start(), t.word(s).end());
        if (!known.isKnownSpelling(given + " " + family)) {
            return null;
        }
        Proposal p = new Proposal(t.word(first).start(), t.word(end).end(),
                List.of(t.lexicon.withoutParticlePrefix(t.word(s).folded()), t.word(g).folded()), Evidence.GAZETTEER, true);
        p.familyNameFirst = true;
        p.inverted = true;
        p.roles.addAll(NameParts.rolesBefore(t, first));
        return p;
    }

    /** The start of the text, or a line break or punctuation (a list's dash or bullet, a semicolon) before word i. */
    private static boolean openedBefore(AnalysedText t, int i) {
        if (i == 0) {
            return true;
        }
        String gap = t.cleaned.substring(t.word(i - 1).end(), t.word(i).start());
        return gap.chars().anyMatch(c -> c == '\n' || !Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && c != ',');
    }

    /** Like {@link #closedAfter}, but spaces may come first: "Erdogan, Recep Tayyip (Turkey)". */
    private static boolean closedAfterSpaces(AnalysedText t, int i) {
        int end = t.word(i).end();
        while (end < t.cleaned.length() && t.cleaned.charAt(end) == ' ') {
            end++;
        }
        return closesAt(t, end);
    }

    /**
     * "Putin, Vladimir Vladimirovich;": registers of Russian, Ukrainian and Belarusian people write the patronymic after
     * the given name. A capitalised word joined to the given name that ends as a patronymic does
     * ({@code detect/patronymic-endings.txt}) belongs to the name; the entry must then close after it.
     */
    private static boolean patronymicAfter(AnalysedText t, int g) {
        int p = g + 1;
        return p < t.size() && t.joined(p) && givenWord(t, p) && t.lexicon.isPatronymic(t.word(p).folded());
    }

    /**
     * Punctuation, a quotation mark or the end of the line right after word i: a list entry ends there. "Unlike Putin,
     * Maria said" goes on with the sentence, and there "Maria" is a person of her own.
     */
    private static boolean closedAfter(AnalysedText t, int i) {
        return closesAt(t, t.word(i).end());
    }

    /** The end of the text, a line break, punctuation or a quotation mark at {@code at}: a list entry ends there. */
    private static boolean closesAt(AnalysedText t, int at) {
        if (at >= t.cleaned.length()) {
            return true;
        }
        char c = t.cleaned.charAt(at);
        return c == '\n' || !Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && c != '-';
    }

    /** A capitalised (or, as registers write it, upper-case) word no list claims, not a common word at a sentence start. */
    private static boolean surnameWord(AnalysedText t, int i) {
        Word w = t.word(i);
        return (w.casing() == Word.Casing.CAPITALISED || w.casing() == Word.Casing.ALL_CAPS)
                && t.classes[i] == WordClass.UNLISTED && w.text().length() >= 2
                && !(w.sentenceStart() && t.lowerCaseVocabulary.contains(w.folded()));
    }

    private static boolean givenWord(AnalysedText t, int i) {
        Word w = t.word(i);
        return w.casing() == Word.Casing.CAPITALISED && t.classes[i] == WordClass.UNLISTED && w.text().length() >= 2;
    }

    /** Word i, joined to the one before, is a name word or particle, so that word does not end a name. */
    private static boolean continuesAName(AnalysedText t, int i) {
        return i < t.size() && t.joined(i) && (isNameWord(t, i) || t.classes[i] == WordClass.PARTICLE);
    }

    private static boolean isNameWord(AnalysedText t, int i) {
        Word.Casing c = t.word(i).casing();
        return (c == Word.Casing.CAPITALISED || c == Word.Casing.ALL_CAPS) && t.classes[i] == WordClass.UNLISTED;
    }
}
