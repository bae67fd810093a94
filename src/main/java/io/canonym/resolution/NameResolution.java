package io.canonym.resolution;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.canonym.name.Decision;

@Description("Who a name, as written somewhere, refers to.")
public class NameResolution {

    @NonNull
    @Description("The name as asked.")
    public String query;

    @NonNull
    @Description("MATCH: candidates[0] is the person, confidently. AMBIGUOUS: plausible candidates, none confident. "
            + "NO_MATCH: nobody known.")
    public Decision decision;

    @NonNull
    @Description("Best first.")
    public List<@NonNull NameMatch> candidates;

    public NameResolution(String query, Decision decision, List<NameMatch> candidates) {
        this.query = query;
        this.decision = decision;
        this.candidates = candidates;
    }
}
