package io.canonym.mention.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.canonym.mention.detect.DetectedName;
import io.canonym.name.ResourceLines;
import io.canonym.person.SearchText;

/**
 * "Donald Trump Jr.", "Lula Filho": a generational suffix, written as the name's last word or right after it (", Jr."),
 * names another member of the family than the bare name. The resolver, which drops such words as noise, would match
 * the famous father; a confident answer is then left for review, unless the matched spelling has the suffix itself
 * ("Martin Luther King Jr."). Word list: {@code link/generational-suffixes.txt}.
 */
final class GenerationalSuffixes {
    private final Set<String> suffixes = new HashSet<>();
    /** Suffixes that are also everyday words ("senior"): only when punctuation closes them. */
    private final Set<String> commonWords = new HashSet<>();

    GenerationalSuffixes() {
        for (String line : ResourceLines.read("/link/generational-suffixes.txt")) {
            String[] cols = line.split("\t");
            String suffix = SearchText.normalize(cols[0]);
            suffixes.add(suffix);
            if (cols.length > 1 && cols[1].equals("common-word")) {
                commonWords.add(suffix);
            }
        }
    }

    /** Why the group is not the person whose spelling {@code matched} is, or null. */
    String otherGeneration(String body, List<DetectedName> names, List<Integer> members, String matched) {
        if (matched != null && MentionLinker.foldedWords(matched).stream().anyMatch(suffixes::contains)) {
            return null;
        }
        for (int i : members) {
            String suffix = writtenWith(body, names.get(i));
            if (suffix != null) {
                return "\"" + names.get(i).text() + "\" is written with the generational suffix \"" + suffix
                        + "\", which the matched spelling \"" + matched + "\" does not have: another member of the family?";
            }
        }
        return null;
    }

    /** The suffix ending the name or following it (after a space or a comma), as written, or null. */
    private String writtenWith(String body, DetectedName name) {
        List<String> own = MentionLinker.foldedWords(name.text());
        if (own.size() > 1 && suffixes.contains(own.get(own.size() - 1))) {
            return own.get(own.size() - 1);
        }
        if (body == null) {
            return null;
        }
        int at = name.end();
        while (at < body.length() && (body.charAt(at) == ' ' || body.charAt(at) == ',')) {
            at++;
        }
        int end = at;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        String next = body.substring(at, end);
        return end > at && at - name.end() <= 2 && written(next, body, end) ? next : null;
    }

    /**
     * A suffix as names write it: capitalised ("Jr", "III", "Filho"; "senior officials" is no suffix), and one that is
     * also an everyday word ("Junior", "Senior") only when punctuation closes it ("Arno Steinmetz, Senior," but not
     * "Steinmetz Senior Partners").
     */
    private boolean written(String word, String body, int end) {
        String folded = SearchText.normalize(word);
        if (!suffixes.contains(folded) || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !commonWords.contains(folded) || end == body.length() || !Character.isWhitespace(body.charAt(end));
    }
}
