package io.canonym.mention.detect;

import com.ibm.icu.lang.UScript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names in scripts without letter case, where capitals cannot show a name and only titles can:
 * <ul>
 *   <li>Hangul: a word of two to four syllables beginning with a Korean surname, next to a title
 *       ("김정은 국무위원장", "지도자 김정은"), with its case particle left out ("김정은은" gives "김정은");</li>
 *   <li>Han (not spaced): two to four characters right after a title ("国家主席习近平", "总统普京") or
 *       right before one ("习近平主席", "岸田文雄首相");</li>
 *   <li>Arabic, Hebrew, Devanagari: up to three words after a title, past any nationality adjective
 *       ("الرئيس السوري بشار الأسد", "ראש הממשלה בנימין נתניהו", "प्रधानमंत्री नरेंद्र मोदी").</li>
 * </ul>
 * Anything else in these scripts is left to the gazetteer.
 */
final class CaselessScriptRule {
    private static final int MAX_WORDS_AFTER_TITLE = 3;
    private static final int MAX_HAN_NAME = 4;
    /** Longest part of a foreign name written in Han with dots ("弗拉基米尔" is five). */
    private static final int MAX_HAN_FOREIGN_PART = 6;
    private static final List<String> KOREAN_PARTICLES = new ArrayList<>();
    private static final Set<Integer> HAN_STOPS = new HashSet<>();
    private static final Set<Integer> NAME_DOTS = new HashSet<>();
    private static final Set<String> KOREAN_TITLE_MODIFIERS = new HashSet<>();
    private static final Set<Integer> HAN_TITLE_MODIFIERS = new HashSet<>();

    static {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CaselessScriptRule.class.getResourceAsStream("/detect/caseless-scripts.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.strip().split("\t");
                switch (cols[0]) {
                    case "korean-particle" -> KOREAN_PARTICLES.add(cols[1]);
                    case "han-stop" -> HAN_STOPS.add(cols[1].codePointAt(0));
                    case "name-dot" -> NAME_DOTS.add(cols[1].codePointAt(0));
                    case "korean-title-modifier" -> KOREAN_TITLE_MODIFIERS.add(cols[1]);
                    case "han-title-modifier" -> HAN_TITLE_MODIFIERS.add(cols[1].codePointAt(0));
                    default -> throw new IllegalStateException("unknown kind in caseless-scripts.txt: " + cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KOREAN_PARTICLES.sort((a, b) -> b.length() - a.length());
    }

    private CaselessScriptRule() {
    }

    static void apply(AnalysedText t, List<Proposal> out) {
        for (int i = 0; i < t.size(); i++) {
            Word w = t.word(i);
            switch (w.script()) {
                case UScript.HANGUL -> hangul(t, i, out);
                case UScript.HAN -> han(t, w, out);
                case UScript.ARABIC, UScript.HEBREW, UScript.DEVANAGARI -> afterTitle(t, i, out);
                default -> {
                }
            }
        }
    }

    /**
     * Once a Han or Hangul name is found beside a title, its other occurrences are the same name even
     * without one ("习近平表示"): Chinese and Korean are not spaced, so they are found as substrings, at the
     * start of a word for Hangul.
     */
    static void addRepeats(AnalysedText t, List<Proposal> out) {
        List<Proposal> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Existing spans by start, to find overlaps in log time (rule spans may overlap one another).
        java.util.TreeMap<Integer, Integer> longestEndByStart = new java.util.TreeMap<>();
        int maxLength = 0;
        for (Proposal o : out) {
            longestEndByStart.merge(o.start, o.end, Math::max);
            maxLength = Math.max(maxLength, o.end - o.start);
        }
        for (Proposal p : out) {
            String name = t.cleaned.substring(p.start, p.end);
            int script = UScript.getScript(name.codePointAt(0));
            if (!p.evidence.contains(Evidence.NATIVE_SCRIPT) || (script != UScript.HAN && script != UScript.HANGUL)
                    || name.length() < 2 || !seen.add(name)) {
                continue;
            }
            for (int at = t.cleaned.indexOf(name); at >= 0; at = t.cleaned.indexOf(name, at + 1)) {
                boolean wordStart = at == 0 || UScript.getScript(t.cleaned.codePointBefore(at)) != script;
                int from = at;
                int to = at + name.length();
                // A name found beside its own title outranks a repeat of another name overlapping it.
                boolean taken = false;
                for (var e : longestEndByStart.subMap(from - maxLength, true, to - 1, true).entrySet()) {
                    boolean same = e.getKey() == from && e.getValue() == to;
                    taken |= e.getValue() > from && !same;
                }
                if (script == UScript.HANGUL && !wordStart || taken) {
                    continue;
                }
                Proposal r = new Proposal(at, at + name.length(), p.parts, Evidence.NATIVE_SCRIPT, true);
                r.familyNameFirst = p.familyNameFirst;
                r.evidence.add(Evidence.REPEAT);
                found.add(r);
            }
        }
        out.addAll(found);
    }

    // --- Hangul ---------------------------------------------------------------------------------------

    private static void hangul(AnalysedText t, int i, List<Proposal> out) {
        Word w = t.word(i);
        String stem = koreanStem(w.text());
        int syllables = stem.codePointCount(0, stem.length());
        boolean surnameFirst = t.lexicon.isSurname("hangul", stem.substring(0, 1));
        // A foreign name written in Hangul ("쇼이구 서기") has no Korean surname; it needs three syllables or more,
        // so that short common words before a title ("신임 장관", "new minister") are not taken for one.
        if (syllables < (surnameFirst ? 2 : 3) || syllables > (surnameFirst ? 4 : 5)
                || t.classes[i] != WordClass.UNLISTED || !t.lexicon.classesOf(stem).isEmpty()) {
            return;
        }
        Role title = null;
        if (i + 1 < t.size() && t.joined(i + 1)) {
            title = koreanTitleAt(t, i + 1);
            // "윤석열 전 대통령": former/current/new stand between a Korean name and its title.
            if (title == null && i + 2 < t.size() && t.joined(i + 2) && KOREAN_TITLE_MODIFIERS.contains(t.word(i + 1).text())) {
                title = koreanTitleAt(t, i + 2);
            }
        }
        if (title == null && surnameFirst && i > 0 && t.joined(i) && t.classes[i - 1] == WordClass.TITLE) {
            Word before = t.word(i - 1);
            title = new Role(before.start(), before.end(), before.text(), Role.Kind.TITLE);
        }
        if (title == null) {
            return;
        }
        // A Korean name is one word but a full name: family syllable, then given name.
        List<String> parts = surnameFirst ? List.of(stem.substring(0, 1), stem.substring(1)) : List.of(stem);
        Proposal p = new Proposal(w.start(), w.start() + stem.length(), parts, Evidence.NATIVE_SCRIPT, true);
        p.familyNameFirst = true;
        p.evidence.add(Evidence.AFTER_TITLE);
        p.roles.add(title);
        out.add(p);
    }

    /** The word without a trailing case particle, if what is left is still three syllables or more. */
    private static String koreanStem(String word) {
        for (String particle : KOREAN_PARTICLES) {
            if (word.endsWith(particle) && word.length() - particle.length() >= 3) {
                return word.substring(0, word.length() - particle.length());
            }
        }
        return word;
    }

    /** A Korean title word, possibly with a particle ("위원장은"), at word i. */
    private static Role koreanTitleAt(AnalysedText t, int i) {
        Word w = t.word(i);
        String stem = w.text();
        for (String particle : KOREAN_PARTICLES) {
            if (stem.endsWith(particle) && stem.length() > particle.length()) {
                String s = stem.substring(0, stem.length() - particle.length());
                if (t.lexicon.classesOf(s).contains(WordClass.TITLE)) {
                    stem = s;
                    break;
                }
            }
        }
        if (!t.lexicon.classesOf(stem).contains(WordClass.TITLE)) {
            return null;
        }
        return new Role(w.start(), w.start() + stem.length(), stem, Role.Kind.TITLE);
    }

    // --- Han ------------------------------------------------------------------------------------------

    private static void han(AnalysedText t, Word w, List<Proposal> out) {
        String run = w.text();
        int from = 0;
        while (from < run.length()) {
            int at = -1;
            String title = null;
            for (String candidate : t.lexicon.hanTitles()) {
                int k = run.indexOf(candidate, from);
                if (k >= 0 && (at < 0 || k < at)) {
                    at = k;
                    title = candidate;
                }
            }
            if (title == null) {
                return;
            }
            int titleEnd = at + title.length();
            int[] span = hanNameAfter(t, w, run, titleEnd);
            if (span == null) {
                span = hanNameBefore(t, run, at);
            }
            if (span != null) {
                Proposal p = new Proposal(w.start() + span[0], w.start() + span[1], hanParts(t, run.substring(span[0], span[1])),
                        Evidence.NATIVE_SCRIPT, true);
                p.familyNameFirst = !isForeign(run.substring(span[0], span[1]));
                p.evidence.add(Evidence.AFTER_TITLE);
                p.roles.add(new Role(w.start() + at, w.start() + titleEnd, title, Role.Kind.TITLE));
                out.add(p);
            }
            from = Math.max(titleEnd, span != null ? span[1] : 0);
        }
    }

    /**
     * "习近平" is surname 习 and given name 近平; "弗拉基米尔·普京" is given name then surname; "普京" alone is
     * one word, a surname.
     */
    static List<String> hanParts(AnalysedText t, String name) {
        if (isForeign(name)) {
            List<String> parts = new ArrayList<>();
            for (String part : name.split("[·・•‧]")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        }
        if (name.length() >= 2 && t.lexicon.isSurname("han", name.substring(0, 1))) {
            return List.of(name.substring(0, 1), name.substring(1));
        }
        return List.of(name);
    }

    static boolean isForeign(String name) {
        return name.codePoints().anyMatch(NAME_DOTS::contains);
    }

    /** "总统普京表示" → "普京"; "主席习近平" → "习近平"; "总统弗拉基米尔·普京" → with the dot. */
    private static int[] hanNameAfter(AnalysedText t, Word w, String run, int s) {
        int e = s;
        int length = 0;
        boolean foreign = false;
        for (int k = s; k < Math.min(run.length(), s + MAX_HAN_FOREIGN_PART + 1); k++) {
            foreign |= NAME_DOTS.contains((int) run.charAt(k));
        }
        int max = foreign ? MAX_HAN_FOREIGN_PART : MAX_HAN_NAME;
        while (e < run.length()) {
            int c = run.codePointAt(e);
            if (Character.isDigit(c)) {
                break; // "王毅26日": a date after the name; digits are never part of a name
            }
            if (NAME_DOTS.contains(c)) {
                length = 0;
                e += Character.charCount(c);
                continue;
            }
            if (HAN_STOPS.contains(c) && length >= 2 || length >= max || startsHanTitle(t, run, e) && length >= 2) {
                break;
            }
            e += Character.charCount(c);
            length++;
        }
        // A name beginning with a Chinese surname is three characters unless a stop comes sooner.
        // Counted in code points: rarer Han characters lie outside the BMP and take two chars.
        if (e > s && t.lexicon.isSurname("han", firstCodePoint(run, s)) && run.codePointCount(s, e) > 3 && !isForeign(run.substring(s, e))) {
            e = run.offsetByCodePoints(s, 3);
        }
        return plausibleHan(t, run, s, e) ? new int[] {s, e} : null;
    }

    /** "习近平主席" → "习近平"; "岸田文雄首相" (a Han run bounded by kana or punctuation) → "岸田文雄". */
    private static int[] hanNameBefore(AnalysedText t, String run, int title) {
        int titleAt = withoutTitleModifier(run, title);
        int before = run.codePointCount(0, titleAt);
        if (before >= 2 && before <= MAX_HAN_NAME) {
            return plausibleHan(t, run, 0, titleAt) ? new int[] {0, titleAt} : null;
        }
        for (int len = 3; len >= 2; len--) {
            if (before < len) {
                continue;
            }
            int s = run.offsetByCodePoints(titleAt, -len);
            if (t.lexicon.isSurname("han", firstCodePoint(run, s)) && plausibleHan(t, run, s, titleAt)) {
                return new int[] {s, titleAt};
            }
        }
        return null;
    }

    /** "石破茂前" before "首相": the modifier ("前", former) belongs to the title, when two characters are left. */
    private static int withoutTitleModifier(String run, int titleAt) {
        if (run.codePointCount(0, titleAt) <= 2) {
            return titleAt;
        }
        int last = run.offsetByCodePoints(titleAt, -1);
        return HAN_TITLE_MODIFIERS.contains(run.codePointAt(last)) ? last : titleAt;
    }

    private static String firstCodePoint(String s, int at) {
        return new String(Character.toChars(s.codePointAt(at)));
    }

    private static boolean startsHanTitle(AnalysedText t, String run, int at) {
        for (String title : t.lexicon.hanTitles()) {
            if (run.startsWith(title, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausibleHan(AnalysedText t, String run, int s, int e) {
        if (run.codePointCount(s, e) < 2) {
            return false;
        }
        String name = run.substring(s, e);
        if (name.chars().anyMatch(Character::isDigit)) {
            return false; // "2日王毅": digits are never part of a name
        }
        for (int k = 0; k < name.length(); k++) {
            if (HAN_STOPS.contains((int) name.charAt(k)) && k == 0) {
                return false;
            }
        }
        // Not a place or organisation ("美国总统": "美国" is the United States), nor contains one.
        for (int a = 0; a < name.length(); a++) {
            for (int b = a + 2; b <= name.length(); b++) {
                Set<WordClass> c = t.lexicon.classesOf(name.substring(a, b));
                if (c.contains(WordClass.PLACE) || c.contains(WordClass.ORGANISATION) || c.contains(WordClass.TITLE)) {
                    return false;
                }
            }
        }
        return true;
    }

    // --- Arabic, Hebrew, Devanagari -------------------------------------------------------------------

    /**
     * Without capitals nothing shows where a name after a title ends, and a verb after it is taken in ("הנשיא יצחק
     * הרצוג נשא דברים", the president Isaac Herzog made a speech). When the gazetteer knows a name inside the words
     * taken ("יצחק הרצוג"; or the surname of "רעייתו שרה נתניהו השתתפו", his wife Sara Netanyahu took part) that
     * ends sooner, having found the longer window no better a name, the name ends where the known one does.
     */
    private static int knownNameEnd(AnalysedText t, int first, int last, List<Proposal> proposals) {
        if (last <= first) {
            return last;
        }
        int start = t.word(first).start();
        int end = t.word(last).end();
        int knownEnd = -1;
        for (Proposal p : proposals) {
            if (p.start >= start && p.end < end && p.evidence.contains(Evidence.GAZETTEER)) {
                knownEnd = Math.max(knownEnd, p.end);
            }
        }
        for (int k = last - 1; knownEnd >= 0 && k >= first; k--) {
            if (t.word(k).end() == knownEnd) {
                return k;
            }
        }
        return last;
    }

    private static void afterTitle(AnalysedText t, int i, List<Proposal> out) {
        if (t.classes[i] != WordClass.TITLE || (i + 1 < t.size() && t.classes[i + 1] == WordClass.TITLE
                && t.phraseStart[i + 1] == t.phraseStart[i])) {
            return; // only at the last word of a title phrase
        }
        int titleStart = t.phraseStart[i];
        int k = i + 1;
        List<Role> roles = new ArrayList<>();
        roles.add(new Role(t.word(titleStart).start(), t.word(i).end(),
                t.body.substring(t.word(titleStart).start(), t.word(i).end()), Role.Kind.TITLE));
        // "الرئيس السوري بشار الأسد": a nationality adjective sits between the title and the name.
        while (k < t.size() && t.joined(k) && t.classes[k] == WordClass.DEMONYM) {
            roles.add(new Role(t.word(k).start(), t.word(k).end(), t.word(k).text(), Role.Kind.NATIONALITY));
            k++;
        }
        int first = k;
        while (k < t.size() && k - first < MAX_WORDS_AFTER_TITLE && t.joined(k)
                && t.word(k).script() == t.word(i).script() && t.classes[k] == WordClass.UNLISTED) {
            k++;
        }
        int last = knownNameEnd(t, first, k - 1, out);
        if (last < first) {
            return;
        }
        Proposal p = NameParts.proposal(t, first, last, Evidence.NATIVE_SCRIPT, true);
        p.roles.clear();
        p.roles.addAll(roles);
        p.evidence.add(Evidence.AFTER_TITLE);
        out.add(p);
    }
}
