package io.canonym.mention.detect;

import java.util.List;

/** Placeholder until the caseless-script rule lands. */
final class CaselessScriptRule {
    private CaselessScriptRule() {
    }

    static void apply(AnalysedText t, List<Proposal> out) {
    }
}
