package io.canonym.mention.detect;

import java.util.List;
import java.util.Set;

/**
 * The author line: a short line that begins with "by" ("by lauren Walker with AP", "By LAUREN WALKER
 * and John Smith, Reuters"). Authors' names are people whatever their case; agencies on the line are not.
 */
final class BylineRule {
    /** Longest line, in words, still read as a byline rather than a sentence that starts with "By". */
    private static final int MAX_LINE_WORDS = 10;
    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> SEPARATORS = Set.of("and", "with", "in", "for", "und", "et", "y", "и");

    private BylineRule() {
    }

    static void apply(AnalysedText t, List<Proposal> out) {
        for (int i = 0; i < t.size(); i++) {
            Word by = t.word(i);
            if (!by.folded().equals("by") || !startsLine(t, by)) {
                continue;
            }
            int lineEnd = i;
            while (lineEnd + 1 < t.size() && !newLineBetween(t, lineEnd, lineEnd + 1)) {
                lineEnd++;
            }
            if (lineEnd - i > MAX_LINE_WORDS) {
                continue;
            }
            int first = i + 1;
            for (int k = i + 1; k <= lineEnd + 1; k++) {
                boolean boundary = k > lineEnd || SEPARATORS.contains(t.word(k).folded())
                        || !t.cleaned.substring(t.word(k - 1).end(), t.word(k).start()).isBlank();
                if (!boundary) {
                    continue;
                }
                proposeAuthor(t, first, k - 1, out);
                first = k <= lineEnd && SEPARATORS.contains(t.word(k).folded()) ? k + 1 : k;
            }
        }
    }

    private static void proposeAuthor(AnalysedText t, int first, int last, List<Proposal> out) {
        int words = last - first + 1;
        if (words < 2 || words > MAX_NAME_WORDS) {
            return; // a lone word on a byline is usually an agency or a desk ("AP", "Staff")
        }
        boolean someCapital = false;
        for (int k = first; k <= last; k++) {
            WordClass c = t.classes[k];
            Word w = t.word(k);
            boolean nameLike = c == WordClass.UNLISTED || c == WordClass.PARTICLE || c == WordClass.CALENDAR_OR_NAME;
            if (!nameLike || w.casing() == Word.Casing.OTHER) {
                return;
            }
            someCapital |= w.casing() == Word.Casing.CAPITALISED || w.casing() == Word.Casing.ALL_CAPS;
        }
        // A line of hard-wrapped prose may start with "by" ("...was taken\nby rebel fighters and\n..."). An
        // author line stands apart (after a blank line or at the top), or at least has a capital in it;
        // machine translation may lower-case the whole author ("maria lopez") only in the former.
        if (!someCapital && !standsApart(t, t.word(first))) {
            return;
        }
        Proposal p = NameParts.proposal(t, first, last, Evidence.BYLINE, true);
        out.add(p);
    }

    /** The line is the first of the text or follows a blank line. */
    private static boolean standsApart(AnalysedText t, Word w) {
        int lineStart = t.cleaned.lastIndexOf('\n', w.start() - 1);
        if (lineStart < 0) {
            return true;
        }
        int previousLineStart = t.cleaned.lastIndexOf('\n', lineStart - 1);
        return t.cleaned.substring(previousLineStart + 1, lineStart).isBlank();
    }

    private static boolean startsLine(AnalysedText t, Word w) {
        int lineStart = t.cleaned.lastIndexOf('\n', w.start() - 1) + 1;
        return t.cleaned.substring(lineStart, w.start()).isBlank();
    }

    private static boolean newLineBetween(AnalysedText t, int a, int b) {
        return t.cleaned.substring(t.word(a).end(), t.word(b).start()).indexOf('\n') >= 0;
    }
}
