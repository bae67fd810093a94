package io.canonym.mention.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.canonym.mention.detect.DetectedName;
import io.canonym.mention.detect.Role;
import io.canonym.person.SearchText;

/**
 * The article's own remarks, anywhere in it, that a person it names only shares a name with someone better known
 * ("The left-hander from Hunan, no relation to the foreign minister, ..."; "The official ... merely shares his name
 * with China's premier"), attached to the name group they are about. {@link ArticleDescription} reads such a remark
 * only right beside a name; news writes it as often a sentence later, about "the official" or "she".
 *
 * <p>A sentence holding a namesake phrase ({@code link/namesake-markers.txt}) is about
 * <ul>
 *   <li>the last name written in that sentence before the phrase ("Li Qiang, 45, a district official, merely shares
 *   his name with ..."), or, when it names nobody before the phrase,</li>
 *   <li>the last person named in the sentence before it, when the sentence opens with a pronoun or determiner
 *   ({@code link/referring-openers.txt}: "The official, ...", "She ...") that refers back to them, and the phrase
 *   comes early in the sentence.</li>
 * </ul>
 * Either way the phrase must be set off by a comma, dash or bracket (an appositive: "Wang, no relation to ...") or be
 * about a name or a kinship ({@code link/namesake-person-words.txt}: "shares his name", "nicht verwandt"): "Li Qiang
 * said the tariffs bore no relation to the talks" says nothing about Li Qiang's name. Never to a name written after
 * the phrase ("not to be confused with Premier Li Qiang": that is the famous person), never across more than one
 * sentence, nor back to a person the article introduced with a title ("Premier Li Qiang ... The painter, no relation
 * to the sculptor, ..."): a title names the public figure, and a remark after it is about someone else.
 */
final class NamesakeRemarks {

    /**
     * Most words from a referring sentence opening, or from the name, to the phrase; further on, the phrase is about
     * something else.
     */
    static final int REACH = 16;

    /** Namesake phrases by their first word, in the list's order: each word of an article is looked up once. */
    private final Map<String, List<List<String>>> markersByFirstWord;
    private final Set<String> referringOpeners;
    private final Set<String> personWords;
    private final List<List<String>> ownNameOpeners;
    private final Set<String> samenessWords;

    /**
     * @param markers          folded namesake phrases ("no relation", "shares his name")
     * @param referringOpeners folded words that open a sentence about someone named before ("the", "she")
     * @param personWords      folded words for "name" and kinship ("nom", "verwandt"): a phrase with one is said of a person
     */
    NamesakeRemarks(List<String> markers, Set<String> referringOpeners, Set<String> personWords) {
        this(markers, referringOpeners, personWords, List.of(), Set.of());
    }

    /**
     * @param ownNameOpeners folded openings of a sentence about the name of the person named before ("his name")
     * @param samenessWords  folded words saying that two things are the same ("same", "identical")
     */
    NamesakeRemarks(List<String> markers, Set<String> referringOpeners, Set<String> personWords, List<String> ownNameOpeners,
                    Set<String> samenessWords) {
        this.markersByFirstWord = phrases(markers).stream()
                .collect(java.util.stream.Collectors.groupingBy(m -> m.get(0), java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
        this.referringOpeners = referringOpeners;
        this.personWords = personWords;
        this.ownNameOpeners = phrases(ownNameOpeners);
        this.samenessWords = samenessWords;
    }

    private static List<List<String>> phrases(List<String> lines) {
        return lines.stream().filter(m -> !m.isEmpty()).map(m -> List.of(m.split(" "))).toList();
    }

    /** For each name group the article calls a namesake's, why (for the explanation). */
    Map<Integer, String> read(String body, List<DetectedName> names) {
        Map<Integer, String> remarks = new HashMap<>();
        if (body == null || names.isEmpty()) {
            return remarks;
        }
        int previousSentence = 0;
        // For a sentence about the name itself: the start of the second sentence with words before it, so that one
        // sentence naming nobody may lie between ("Li Qiang hears the joke ... "…," said the farmer. His name ...").
        int previousWorded = 0;
        int wordedBeforeThat = 0;
        for (int[] sentence : sentences(body)) {
            List<Token> tokens = tokens(body, sentence[0], sentence[1]);
            int at = markerAt(tokens);
            int group = -1;
            String marker = null;
            if (at >= 0) {
                marker = String.join(" ", markerWords(tokens, at));
                group = about(body, names, tokens, at, sentence[0], previousSentence);
            } else if (aboutOwnName(tokens)) {
                marker = "the same name";
                group = referredBack(names, sentence[0], wordedBeforeThat);
            }
            if (group >= 0) {
                remarks.putIfAbsent(group, "the article says \"" + marker + "\" of \"" + names.get(group).text()
                        + "\" (\"" + body.substring(sentence[0], sentence[1]).strip() + "\"): a namesake");
            }
            if (!tokens.isEmpty()) {
                wordedBeforeThat = previousWorded;
                previousWorded = sentence[0];
            }
            previousSentence = sentence[0];
        }
        return remarks;
    }

    /**
     * "His name, written with exactly the same two characters as that of China's second-ranking official, ...": a
     * sentence that opens on the name of the person named before ({@code link/own-name-openers.txt}) and says within
     * {@link #REACH} words that it is the same as someone's ({@code link/sameness-words.txt}).
     */
    private boolean aboutOwnName(List<Token> tokens) {
        for (List<String> opener : ownNameOpeners) {
            if (startsWith(tokens, opener)) {
                return tokens.stream().skip(opener.size()).limit(REACH).anyMatch(t -> samenessWords.contains(t.folded));
            }
        }
        return false;
    }

    private static boolean startsWith(List<Token> tokens, List<String> phrase) {
        if (tokens.size() < phrase.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(k).folded.equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The group of the last person named before the sentence starting at {@code sentenceStart}, when named no earlier
     * than {@code earliest} (so only names-less sentences lie between), not ambiguous and not introduced with a title;
     * or -1.
     */
    private static int referredBack(List<DetectedName> names, int sentenceStart, int earliest) {
        DetectedName before = null;
        for (DetectedName name : names) {
            if (name.end() <= sentenceStart) {
                before = name;
            }
        }
        if (before == null || before.start() < earliest || before.ambiguous() || introducedWithTitle(names, before.group())) {
            return -1;
        }
        return before.group();
    }

    /** The group the remark at token {@code at} is about, or -1. */
    private int about(String body, List<DetectedName> names, List<Token> tokens, int at, int sentenceStart,
                      int previousSentenceStart) {
        if (!setOff(body, tokens, at) && !saidOfAPerson(markerWords(tokens, at))) {
            return -1; // "Li Qiang said the tariffs bore no relation to ...": not about a person
        }
        int markerStart = tokens.get(at).start;
        DetectedName inSentence = null;
        DetectedName before = null;
        for (DetectedName name : names) {
            if (name.end() <= sentenceStart) {
                before = name;
            } else if (name.end() <= markerStart) {
                inSentence = name;
            }
        }
        if (inSentence != null) {
            return inSentence.ambiguous() || wordsBetween(tokens, inSentence.end(), at) > REACH ? -1 : inSentence.group();
        }
        boolean refersBack = !tokens.isEmpty() && referringOpeners.contains(tokens.get(0).folded) && at <= REACH;
        if (!refersBack || before == null || before.start() < previousSentenceStart || before.ambiguous()
                || introducedWithTitle(names, before.group())) {
            return -1;
        }
        return before.group();
    }

    /**
     * The phrase is set off by a comma, dash or bracket ("The left-hander from Hunan, no relation to ..."): an
     * appositive about the subject. "The decision has no relation to the case" is not about a person.
     */
    private static boolean setOff(String body, List<Token> tokens, int at) {
        int from = at > 0 ? tokens.get(at - 1).start : 0;
        String gap = body.substring(from, tokens.get(at).start);
        return gap.contains(",") || gap.contains("(") || gap.contains("–") || gap.contains("—") || gap.contains(" - ");
    }

    /** A phrase about a name itself or a kinship ("shares his name", "namesake", "nicht verwandt"): said only of a person. */
    private boolean saidOfAPerson(List<String> marker) {
        return marker.size() == 1 || marker.stream().anyMatch(personWords::contains);
    }

    private static int wordsBetween(List<Token> tokens, int from, int at) {
        int n = 0;
        for (int k = 0; k < at; k++) {
            n += tokens.get(k).start >= from ? 1 : 0;
        }
        return n;
    }

    private static boolean introducedWithTitle(List<DetectedName> names, int group) {
        return names.stream().filter(n -> !n.ambiguous() && n.group() == group)
                .anyMatch(n -> n.roles().stream().anyMatch(r -> r.kind() == Role.Kind.TITLE));
    }

    /** Index of the first token that starts a namesake phrase, or -1. */
    private int markerAt(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (markerLengthAt(tokens, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    private int markerLengthAt(List<Token> tokens, int i) {
        for (List<String> marker : markersByFirstWord.getOrDefault(tokens.get(i).folded, List.of())) {
            if (i + marker.size() <= tokens.size()) {
                boolean same = true;
                for (int k = 0; k < marker.size() && same; k++) {
                    same = tokens.get(i + k).folded.equals(marker.get(k));
                }
                if (same) {
                    return marker.size();
                }
            }
        }
        return 0;
    }

    private List<String> markerWords(List<Token> tokens, int at) {
        return tokens.subList(at, at + markerLengthAt(tokens, at)).stream().map(t -> t.folded).toList();
    }

    /** A folded word and where its written word starts in the body. */
    private record Token(String folded, int start) {
    }

    /** The sentence's words, folded as the word lists are (accents, case; a hyphen or apostrophe separates). */
    private static List<Token> tokens(String body, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !isWordChar(body.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && isWordChar(body.charAt(i))) {
                i++;
            }
            if (i > start && plainAscii(body, start, i)) {
                // Most words of most articles: folding through ICU and two regular expressions would only lower-case them.
                tokens.add(new Token(body.substring(start, i).toLowerCase(java.util.Locale.ROOT), start));
            } else if (i > start) {
                String folded = ArticleDescription.NON_WORD.matcher(SearchText.normalize(body.substring(start, i))).replaceAll(" ").strip();
                for (String word : folded.split(" ")) {
                    if (!word.isEmpty()) {
                        tokens.add(new Token(word, start));
                    }
                }
            }
        }
        return tokens;
    }

    private static boolean plainAscii(String body, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = body.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '\u200C' || c == '\u200D';
    }

    /**
     * Sentence spans: a full stop, question or exclamation mark followed by a space, or a line break, ends one (Han and
     * Arabic stops too). An abbreviation's stop ("Dr. Li") may end one early; that only makes the reading shorter.
     */
    static List<int[]> sentences(String body) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean end = c == '\n' || c == '。' || c == '؟'
                    || (c == '.' || c == '!' || c == '?') && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)));
            if (end) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < body.length()) {
            sentences.add(new int[] {start, body.length()});
        }
        return sentences;
    }
}
