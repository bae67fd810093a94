package io.canonym.name;

import java.util.List;

/**
 * One Latin reading of a name. A non-Latin name can have several (e.g. BGN "shoygu" and ISO-like
 * "shojgu"); matching uses whichever reading fits best.
 *
 * @param tokens the words in written order
 * @param how    how the reading was obtained, for explanations ("as written", "Cyrillic via Russian-Latin/BGN")
 */
public record NameReading(List<NameToken> tokens, String how) {
    /** Per word, whether it is read as the family name. */
    public boolean[] surnames() {
        boolean[] surnames = new boolean[tokens.size()];
        for (int i = 0; i < surnames.length; i++) {
            surnames[i] = tokens.get(i).surname();
        }
        return surnames;
    }

    /** Per word, whether it names an ancestor (nasab). */
    public boolean[] lineages() {
        boolean[] lineages = new boolean[tokens.size()];
        for (int i = 0; i < lineages.length; i++) {
            lineages[i] = tokens.get(i).lineage();
        }
        return lineages;
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
