package io.canonym.mention.detect;

import com.ibm.icu.lang.UScript;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Proposal} from a range of words: its name parts, family-name order and roles. */
final class NameParts {
    /** Longest given-name part, in letters, still read as East Asian syllables ("Jinping", "Jong-un"). */
    private static final int MAX_EAST_ASIAN_GIVEN = 7;

    private NameParts() {
    }

    static Proposal proposal(AnalysedText t, int first, int last, Evidence evidence, boolean confirmed) {
        List<String> parts = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Word w = t.word(i);
            if (t.classes[i] == WordClass.PARTICLE && w.casing() == Word.Casing.LOWER) {
                continue; // "bin", "von", "der": part of the spelling, not of the identity
            }
            if (i == first && opensASentenceAsParticle(t, i, last)) {
                continue; // "Von der Leyen said": "Von" is "von" capitalised by the sentence, not a given name
            }
            if (i > first && (w.text().matches("[IVX]{1,5}") || w.text().equals("Jr") || w.text().equals("Sr"))) {
                continue; // "XIV", "Jr": part of the spelling, never repeated alone
            }
            parts.add(t.lexicon.withoutParticlePrefix(w.folded()));
        }
        if (parts.isEmpty()) {
            parts.add(t.word(last).folded());
        }
        Proposal p = new Proposal(t.word(first).start(), t.word(last).end(), parts, evidence, confirmed);
        p.familyNameFirst = familyNameFirst(t, t.word(first), parts);
        p.roles.addAll(rolesBefore(t, first));
        if (p.roles.stream().anyMatch(r -> r.kind() == Role.Kind.TITLE)) {
            p.evidence.add(Evidence.AFTER_TITLE);
        }
        return p;
    }

    /**
     * A particle capitalised only because it opens the sentence, known by the lower-case particle after it ("Von der
     * Leyen", "De la Fuente", "Van der Wiel"). A lone capitalised particle may be a given name ("Ben Gvir") or part of
     * one ("Abu Mazen"), so it stays a name word.
     */
    private static boolean opensASentenceAsParticle(AnalysedText t, int i, int last) {
        return t.classes[i] == WordClass.PARTICLE && t.word(i).casing() == Word.Casing.CAPITALISED && t.word(i).sentenceStart()
                && i + 1 < last && t.classes[i + 1] == WordClass.PARTICLE && t.word(i + 1).casing() == Word.Casing.LOWER;
    }

    static boolean familyNameFirst(AnalysedText t, Word first, List<String> parts) {
        int script = first.script();
        if (script == UScript.HANGUL || script == UScript.HAN) {
            return true;
        }
        if (parts.size() < 2 || parts.size() > 3 || !t.lexicon.isSurname("latin", parts.get(0))) {
            return false;
        }
        for (String given : parts.subList(1, parts.size())) {
            if (given.replace("-", "").length() > MAX_EAST_ASIAN_GIVEN) {
                return false; // "Kim Kardashian": a Western given name first
            }
        }
        return true;
    }

    /**
     * The title phrase right before word {@code first} ("security council chief", "his sister") and a
     * nationality before that or right before the name ("Russian", "Ukrainian"), nearest last.
     */
    static List<Role> rolesBefore(AnalysedText t, int first) {
        List<Role> roles = new ArrayList<>();
        int i = first - 1;
        if (i >= 0 && t.joined(first) && t.classes[i] == WordClass.TITLE) {
            int s = t.phraseStart[i];
            roles.add(role(t, s, i, Role.Kind.TITLE));
            first = s;
            i = s - 1;
        }
        if (i >= 0 && t.joined(first) && (t.classes[i] == WordClass.DEMONYM || t.classes[i] == WordClass.PLACE)) {
            roles.add(0, role(t, t.phraseStart[i], i, Role.Kind.NATIONALITY));
        }
        return roles;
    }

    private static Role role(AnalysedText t, int from, int to, Role.Kind kind) {
        int start = t.word(from).start();
        int end = t.word(to).end();
        return new Role(start, end, t.body.substring(start, end), kind);
    }
}
