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
