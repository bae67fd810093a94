package io.canonym.mention.detect;

import java.util.List;

/**
 * Windows of one to four words that the caller's gazetteer knows as a person's spelling, in any case
 * ("voldimi zelensky"). A single word is only asked about when it is capitalised or in a caseless script,
 * and never when a list says it is a place, an agency, a month or a common word: the gazetteer knows many
 * spellings, and "may" or "jordan" must not become people.
 */
final class GazetteerRule {
    private static final int MAX_WORDS = 4;

    private GazetteerRule() {
    }

    static void apply(AnalysedText t, KnownNames known, List<Proposal> out) {
        if (known == KnownNames.NONE) {
            return;
        }
        List<Proposal> confirmedRuns = out.stream().filter(p -> p.confirmed).toList();
        List<Proposal> fullNames = confirmedRuns.stream().filter(Proposal::isFullName).toList();
        for (int i = 0; i < t.size(); i++) {
            Word w = t.word(i);
            if (!startsWindow(t, i) || insideConfirmed(confirmedRuns, w) || !known.mayBeginName(w.text())) {
                continue;
            }
            for (int len = Math.min(MAX_WORDS, t.size() - i); len >= 1; len--) {
                int last = i + len - 1;
                // "Kim Il-sung Square", "Gates Foundation": a known name that names a place or an organisation here.
                if (!windowOk(t, i, last) || CapitalisedRunRule.touchesOrganisation(t, i, last)) {
                    continue;
                }
                if (len == 1 && proposedAlone(out, w) && repeatsFullName(t, i, fullNames)) {
                    break; // "Shoigu said": proposed already, and kept as the repeat of a full name whatever the gazetteer says
                }
                String candidate = t.body.substring(w.start(), t.word(last).end());
                if (known.isKnownName(candidate)) {
                    out.add(NameParts.proposal(t, i, last, Evidence.GAZETTEER, true));
                    break; // longest first
                }
            }
        }
    }

    /**
     * "president of belarus aleksandr lukashenko said ... "lukashenko should first ...": an article that writes a full
     * name in lower case (found by the gazetteer) writes its repeats so too. A lower-case word no list claims that is
     * the family name of such an earlier full name is proposed, unconfirmed, for {@link RepeatGrouper} to join to it;
     * the gazetteer is not asked about lone lower-case words, which are mostly common words. Arabic, Hebrew and
     * Devanagari have no capitals at all, so there the family name of any full name found earlier repeats it.
     */
    static void addUncapitalisedRepeats(AnalysedText t, List<Proposal> out) {
        List<Proposal> uncapitalisedNames = out.stream().filter(p -> p.confirmed && p.isFullName()
                && (p.evidence.contains(Evidence.GAZETTEER) && Character.isLowerCase(t.body.codePointAt(p.start))
                        || KnownNames.inSpacedCaselessScript(t.body.codePointAt(p.start)))).toList();
        if (uncapitalisedNames.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            Word w = t.word(i);
            if (!uncapitalised(w.text().codePointAt(0)) || t.classes[i] != WordClass.UNLISTED || proposedAt(out, w)
                    || afterPossibleGivenName(t, i) || CapitalisedRunRule.touchesOrganisation(t, i, i)) {
                continue;
            }
            for (Proposal name : uncapitalisedNames) {
                if (name.end <= w.start() && name.family().equals(t.lexicon.withoutParticlePrefix(w.folded()))) {
                    out.add(NameParts.proposal(t, i, i, Evidence.GAZETTEER, false));
                    break;
                }
            }
        }
    }

    /**
     * "ماهر الأسد" (Maher al-Assad, the brother) after "بشار الأسد": without capitals nothing shows where a relative's
     * name begins, so a family name right after a word no list knows (which may be a given name) is no repeat.
     */
    private static boolean afterPossibleGivenName(AnalysedText t, int i) {
        return i > 0 && t.joined(i) && KnownNames.inSpacedCaselessScript(t.word(i).text().codePointAt(0))
                && t.classes[i - 1] == WordClass.UNLISTED;
    }

    /**
     * A letter that is no capital where a name could have one: lower case, or a spaced script without capitals
     * (Arabic, Hebrew, Devanagari), where "ترامپ" alone after "دونالد ترامپ" is as unmarked as "lukashenko".
     */
    private static boolean uncapitalised(int letter) {
        return Character.isLowerCase(letter) || KnownNames.inSpacedCaselessScript(letter);
    }

    private static boolean proposedAt(List<Proposal> proposals, Word w) {
        for (Proposal p : proposals) {
            if (p.start < w.end() && w.start() < p.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name is written in one style: capitalised words (with lower-case particles: "bin", "von der"), or all in lower
     * case, or in a caseless script. "Markets reacted calmly" mixes styles and is no name, whatever it sounds like.
     * Machine translation also lower-cases a given name alone before a capitalised family name ("minister sergey
     * Lavrov", "his sister kim Yo-jong"): a lower-case first word may be followed by capitalised words only.
     */
    private static boolean sameCasingStyle(AnalysedText t, int first, int k) {
        Word.Casing start = t.word(first).casing();
        if (start == Word.Casing.LOWER && k > first && capitalisedOrParticle(t, first + 1)) {
            return capitalisedOrParticle(t, k);
        }
        Word.Casing casing = t.word(k).casing();
        return switch (start) {
            case CAPITALISED, ALL_CAPS -> capitalisedOrParticle(t, k);
            default -> casing == start;
        };
    }

    private static boolean capitalisedOrParticle(AnalysedText t, int k) {
        Word.Casing casing = t.word(k).casing();
        return casing == Word.Casing.CAPITALISED || casing == Word.Casing.ALL_CAPS || t.classes[k] == WordClass.PARTICLE;
    }

    private static boolean proposedAlone(List<Proposal> proposals, Word w) {
        for (Proposal p : proposals) {
            if (p.start == w.start() && p.end == w.end()) {
                return true;
            }
        }
        return false;
    }

    /** A lone word that is the family or given name of a full name in the text, which {@link RepeatGrouper} will join. */
    private static boolean repeatsFullName(AnalysedText t, int i, List<Proposal> fullNames) {
        if (fullNames.isEmpty()) {
            return false;
        }
        String word = NameParts.proposal(t, i, i, Evidence.GAZETTEER, false).parts.get(0);
        for (Proposal f : fullNames) {
            if (f.family().equals(word) || f.given().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** A word a confirmed name already holds: a window starting there cannot win over that longer name. */
    private static boolean insideConfirmed(List<Proposal> confirmed, Word w) {
        for (Proposal p : confirmed) {
            if (p.start <= w.start() && w.end() <= p.end) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWindow(AnalysedText t, int i) {
        WordClass c = t.classes[i];
        Word.Casing casing = t.word(i).casing();
        return casing != Word.Casing.OTHER && c != WordClass.FUNCTION && c != WordClass.TITLE && c != WordClass.CALENDAR
                && c != WordClass.ORGANISATION && c != WordClass.ORGANISATION_HEAD;
    }

    private static boolean windowOk(AnalysedText t, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (!t.joined(k) || t.classes[k] == WordClass.FUNCTION || t.classes[k] == WordClass.TITLE
                    || t.word(k).casing() == Word.Casing.OTHER || !sameCasingStyle(t, first, k)) {
                return false;
            }
        }
        if (first == last) {
            WordClass c = t.classes[first];
            Word.Casing casing = t.word(first).casing();
            return c == WordClass.UNLISTED && (casing == Word.Casing.CAPITALISED || casing == Word.Casing.CASELESS);
        }
        // Several words: the gazetteer's word is trusted, but a window made only of listed words
        // ("South Korea", "Foreign Minister") is not a person whatever it says.
        for (int k = first; k <= last; k++) {
            if (t.classes[k] == WordClass.UNLISTED || t.classes[k] == WordClass.PARTICLE) {
                return true;
            }
        }
        return false;
    }
}
