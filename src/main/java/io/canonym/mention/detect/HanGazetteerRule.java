package io.canonym.mention.detect;

import com.ibm.icu.lang.UScript;

import java.util.List;

/**
 * Known names in Chinese and Japanese text, which is not spaced: a run of characters holds names and words alike
 * ("外交部长王毅参加上述活动"), so the gazetteer is asked about the two or three characters that begin with a family
 * name ("王毅", "習近平", "金正恩"), longest first. Being unspaced, such a window counts only as a stored spelling,
 * character for character (see {@link KnownNames#isKnownName}).
 *
 * <p>Also mends a name {@link CaselessScriptRule} took after a title: it takes three characters unless something stops
 * it, and "王毅参" (Wang Yi + "take part") becomes "王毅" when only the shorter is known.
 */
final class HanGazetteerRule {
    private static final int[] LENGTHS = {3, 2};

    private HanGazetteerRule() {
    }

    static void apply(AnalysedText t, KnownNames known, List<Proposal> out) {
        if (known == KnownNames.NONE) {
            return;
        }
        trimTitledNames(t, known, out);
        for (int i = 0; i < t.size(); i++) {
            Word w = t.word(i);
            if (w.script() == UScript.HAN) {
                findIn(t, w, known, out);
            }
        }
    }

    private static void findIn(AnalysedText t, Word w, KnownNames known, List<Proposal> out) {
        String run = w.text();
        for (int at = 0; at < run.length(); at += Character.charCount(run.codePointAt(at))) {
            if (!t.lexicon.isSurname("han", new String(Character.toChars(run.codePointAt(at))))) {
                continue;
            }
            for (int length : LENGTHS) {
                if (run.codePointCount(at, run.length()) < length) {
                    continue;
                }
                int end = run.offsetByCodePoints(at, length);
                Proposal p = named(t, w.start() + at, w.start() + end);
                if (!overlapsAny(out, p) && known.isKnownName(run.substring(at, end))) {
                    p.evidence.add(Evidence.GAZETTEER);
                    out.add(p);
                    at = end - 1;
                    break;
                }
            }
        }
    }

    private static void trimTitledNames(AnalysedText t, KnownNames known, List<Proposal> out) {
        for (var it = out.listIterator(); it.hasNext(); ) {
            Proposal p = it.next();
            String name = t.cleaned.substring(p.start, p.end);
            int characters = name.codePointCount(0, name.length());
            if (!p.evidence.contains(Evidence.AFTER_TITLE) || characters < 3 || UScript.getScript(name.codePointAt(0)) != UScript.HAN
                    || CaselessScriptRule.isForeign(name) || known.isKnownName(name)) {
                continue;
            }
            String shorter = name.substring(0, name.offsetByCodePoints(0, characters - 1));
            if (known.isKnownName(shorter)) {
                Proposal q = named(t, p.start, p.start + shorter.length());
                q.evidence.addAll(p.evidence);
                q.evidence.add(Evidence.GAZETTEER);
                q.roles.addAll(p.roles);
                it.set(q);
            }
        }
    }

    private static Proposal named(AnalysedText t, int start, int end) {
        Proposal p = new Proposal(start, end, CaselessScriptRule.hanParts(t, t.cleaned.substring(start, end)), Evidence.NATIVE_SCRIPT, true);
        p.familyNameFirst = true;
        return p;
    }

    private static boolean overlapsAny(List<Proposal> proposals, Proposal p) {
        for (Proposal o : proposals) {
            if (o.overlaps(p)) {
                return true;
            }
        }
        return false;
    }
}
