package io.canonym.mention.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the person names in an article body: no framework, no database, thread-safe, linear in the body.
 *
 * <p>Rules propose spans ({@link CapitalisedRunRule}, {@link BylineRule}, {@link GazetteerRule},
 * {@link InvertedNameRule}, {@link CaselessScriptRule}); the word lists under {@code /detect/} keep places, demonyms, agencies,
 * months and sentence openers out; overlapping proposals are settled longest-first; and
 * {@link RepeatGrouper} ties later surname-only and given-name-only repeats to the full name they repeat.
 */
public final class MentionDetector {
    private final KnownNames known;

    /** A detector that relies on the text alone. */
    public MentionDetector() {
        this(KnownNames.NONE);
    }

    /** A detector that also finds, in any case, the spellings the caller's gazetteer knows. */
    public MentionDetector(KnownNames known) {
        this.known = known == null ? KnownNames.NONE : known;
    }

    /** Person-name spans of {@code body} in text order; empty for null, empty or name-less input. Never throws on text. */
    public List<DetectedName> detect(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        AnalysedText text = new AnalysedText(body);
        List<Proposal> proposals = new ArrayList<>();
        CapitalisedRunRule.apply(text, proposals);
        // After the capitalised runs: the gazetteer need not ask about words a confirmed run already holds.
        GazetteerRule.apply(text, known, proposals);
        GazetteerRule.addUncapitalisedRepeats(text, proposals);
        InvertedNameRule.apply(text, known, proposals);
        BylineRule.apply(text, proposals);
        CaselessScriptRule.apply(text, proposals);
        HanGazetteerRule.apply(text, known, proposals);
        CaselessScriptRule.addRepeats(text, proposals);
        List<Proposal> kept = settleOverlaps(proposals);
        return toDetectedNames(body, RepeatGrouper.group(kept, text.cleaned, text.declension()));
    }

    /**
     * Keeps confirmed proposals before unconfirmed ones and longer before shorter; a proposal that covers
     * exactly the same span as a kept one adds its evidence and roles to it.
     */
    private static List<Proposal> settleOverlaps(List<Proposal> proposals) {
        List<Proposal> byStrength = new ArrayList<>(proposals);
        byStrength.sort(Comparator.comparing((Proposal p) -> !p.confirmed)
                .thenComparing(Comparator.comparingInt(Proposal::length).reversed())
                .thenComparingInt(p -> p.start));
        // Kept spans never overlap, so the one starting last before p's end is the only one to check.
        TreeMap<Integer, Proposal> kept = new TreeMap<>();
        for (Proposal p : byStrength) {
            Map.Entry<Integer, Proposal> before = kept.floorEntry(p.end - 1);
            Proposal clash = before != null && before.getValue().overlaps(p) ? before.getValue() : null;
            if (clash == null) {
                kept.put(p.start, p);
            } else if (clash.start == p.start && clash.end == p.end) {
                clash.evidence.addAll(p.evidence);
                if (clash.roles.isEmpty()) {
                    clash.roles.addAll(p.roles);
                }
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static List<DetectedName> toDetectedNames(String body, List<RepeatGrouper.Placed> placed) {
        // A group is numbered by its founder (first full mention), even when a headline repeat comes before it.
        Map<Proposal, Integer> indexOf = new IdentityHashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            indexOf.put(placed.get(i).proposal(), i);
        }
        Map<RepeatGrouper.Group, Integer> groupIndex = new IdentityHashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            RepeatGrouper.Group g = placed.get(i).group();
            Integer founder = indexOf.get(g.founder());
            groupIndex.putIfAbsent(g, founder != null ? founder : i);
        }
        List<DetectedName> out = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            RepeatGrouper.Placed pl = placed.get(i);
            Proposal p = pl.proposal();
            List<Integer> possible = pl.possible().stream().map(groupIndex::get).sorted().toList();
            out.add(new DetectedName(p.start, p.end, body.substring(p.start, p.end), pl.shape(), p.evidence,
                    p.roles, groupIndex.get(pl.group()), possible));
        }
        return out;
    }
}
