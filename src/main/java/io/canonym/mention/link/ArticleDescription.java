package io.canonym.mention.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.canonym.mention.detect.DetectedName;
import io.canonym.person.SearchText;

/**
 * How an article describes a person it names, in the words right beside the name, folded and lower-cased:
 * <ul>
 *   <li>{@code before}: the last words before it, as far as the previous punctuation or name ("the cyclist
 *   Wang Yi", "Samsung chairman Lee Jae-yong");</li>
 *   <li>{@code after}: an appositive after a comma, dash or bracket, up to the next punctuation or relative
 *   pronoun ("Wang Yi, a 23-year-old cyclist from Sichuan who ..." gives "a 23 year old cyclist from sichuan");</li>
 *   <li>{@code opening}: an appositive that opens the sentence and is closed by a comma before the name, which is
 *   itself followed by a comma ("The son of the prime minister, Yair Netanyahu, did not attend");</li>
 *   <li>{@code clause}: the whole clause set off after the name, as {@code after} but read on past relative pronouns
 *   and conjunctions to the next punctuation ("Liu Fang, a cyclist who shares her name with the foreign minister,"),
 *   for what the article says about the name itself (that it is a namesake's) rather than about the person.</li>
 * </ul>
 * Only these: further away, words describe someone or something else as often as this person.
 */
record ArticleDescription(List<String> before, List<String> after, List<String> opening, List<String> clause) {

    /** Words before a name that still qualify it: "Olympic cyclist Wang Yi", not "cyclists cheered as Wang Yi". */
    static final int WORDS_BEFORE = 2;
    /** Longest appositive read; longer runs after a comma are the rest of the sentence rather than a description. */
    static final int APPOSITIVE_WORDS = 8;
    /** Longest clause set off after a name that is read. */
    static final int CLAUSE_WORDS = 16;

    static final ArticleDescription NONE = new ArticleDescription(List.of(), List.of(), List.of(), List.of());

    /** Every phrase, for looking words up. */
    List<List<String>> phrases() {
        return List.of(before, after, opening);
    }

    /**
     * @param body         the article
     * @param names        its detected names, in text order
     * @param i            the name to describe
     * @param appositiveEnds folded words that end an appositive ("who", "and")
     */
    static ArticleDescription of(String body, List<DetectedName> names, int i, Set<String> appositiveEnds) {
        if (body == null) {
            return NONE;
        }
        DetectedName name = names.get(i);
        int previousEnd = i > 0 ? names.get(i - 1).end() : 0;
        int nextStart = i + 1 < names.size() ? names.get(i + 1).start() : body.length();
        Text text = new Text(body);

        int leadStart = text.wordsBackFrom(name.start(), previousEnd);
        List<String> lead = text.words(leadStart, name.start());
        List<String> before = lead.subList(Math.max(0, lead.size() - WORDS_BEFORE), lead.size());
        int mark = text.previousNonSpace(leadStart);
        int markAfter = text.nextNonSpace(name.end());
        boolean commaBefore = mark >= previousEnd && body.charAt(mark) == ',';
        boolean commaAfter = markAfter < body.length() && body.charAt(markAfter) == ',';

        List<String> opening = List.of();
        if (commaBefore && commaAfter) {
            int openingStart = text.wordsBackFrom(mark, 0);
            int sentenceMark = text.previousNonSpace(openingStart);
            List<String> words = text.words(openingStart, mark);
            if ((sentenceMark < 0 || Text.endsSentence(body.charAt(sentenceMark))) && words.size() <= APPOSITIVE_WORDS) {
                opening = words;
            }
        }
        // "Her coach, Zhou Lei, said ...": a name set off by commas is itself the appositive; what follows is the verb.
        boolean nameIsAppositive = commaBefore && lead.isEmpty();
        List<String> after = List.of();
        List<String> clause = List.of();
        if (!nameIsAppositive && markAfter < nextStart && Text.opensAppositive(body, markAfter)) {
            List<String> written = text.words(markAfter + 1, text.wordsForwardFrom(markAfter + 1, nextStart));
            after = appositive(written, appositiveEnds);
            clause = words(written);
        }
        return new ArticleDescription(fold(before), after, fold(opening), clause);
    }

    /** Characters between words once folded: punctuation and symbols. */
    static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    /** Folded words without punctuation, at most {@link #CLAUSE_WORDS}. */
    private static List<String> words(List<String> written) {
        String folded = NON_WORD.matcher(SearchText.normalize(String.join(" ", written))).replaceAll(" ").strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> words = List.of(folded.split(" "));
        return words.size() > CLAUSE_WORDS ? words.subList(0, CLAUSE_WORDS) : words;
    }

    private static List<String> appositive(List<String> written, Set<String> appositiveEnds) {
        List<String> words = new ArrayList<>();
        for (String word : fold(written)) {
            if (appositiveEnds.contains(word) || words.size() == APPOSITIVE_WORDS) {
                break;
            }
            words.add(word);
        }
        return words;
    }

    private static List<String> fold(List<String> written) {
        if (written.isEmpty()) {
            return List.of();
        }
        String folded = SearchText.normalize(String.join(" ", written));
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** Words and punctuation of the body, read outwards from a name. */
    private record Text(String body) {

        /** Start of the run of words that ends at {@code end}, not going back past punctuation or {@code limit}. */
        int wordsBackFrom(int end, int limit) {
            int at = end;
            while (at > limit) {
                int p = at - 1;
                while (p >= limit && Character.isWhitespace(body.charAt(p))) {
                    p--;
                }
                if (p < limit || !isWordChar(p)) {
                    break;
                }
                while (p >= limit && isWordChar(p)) {
                    p--;
                }
                at = p + 1;
            }
            return at;
        }

        /** End of the run of words that starts at {@code start}, not going past punctuation or {@code limit}. */
        int wordsForwardFrom(int start, int limit) {
            int at = start;
            while (at < limit) {
                int p = at;
                while (p < limit && Character.isWhitespace(body.charAt(p))) {
                    p++;
                }
                if (p >= limit || !isWordChar(p)) {
                    break;
                }
                while (p < limit && isWordChar(p)) {
                    p++;
                }
                at = p;
            }
            return at;
        }

        List<String> words(int from, int to) {
            List<String> words = new ArrayList<>();
            for (String w : body.substring(Math.max(0, from), Math.max(from, to)).strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return words;
        }

        int previousNonSpace(int from) {
            int p = from - 1;
            while (p >= 0 && Character.isWhitespace(body.charAt(p))) {
                p--;
            }
            return p;
        }

        int nextNonSpace(int from) {
            int p = from;
            while (p < body.length() && Character.isWhitespace(body.charAt(p))) {
                p++;
            }
            return p;
        }

        /** Letters, digits, marks, and apostrophes, gershayim, hyphens and zero width joiners inside a word ("23-year-old", "בחו״ל"). */
        private boolean isWordChar(int p) {
            char c = body.charAt(p);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                return true;
            }
            // Zero width (non-)joiners sit between two letters of one Persian or Indic word ("رئیس‌جمهور").
            boolean joiner = c == '-' || c == '\'' || c == '’' || c == '״' || c == '׳' || c == '\u200C' || c == '\u200D';
            return joiner && p > 0 && p + 1 < body.length() && Character.isLetterOrDigit(body.charAt(p - 1))
                    && Character.isLetterOrDigit(body.charAt(p + 1));
        }

        static boolean endsSentence(char c) {
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == '。' || c == '؟';
        }

        /** A comma, an opening bracket or a dash standing alone after the name. */
        static boolean opensAppositive(String body, int p) {
            char c = body.charAt(p);
            return c == ',' || c == '،' || c == '(' || c == '–' || c == '—'
                    || c == '-' && p + 1 < body.length() && Character.isWhitespace(body.charAt(p + 1));
        }
    }
}
