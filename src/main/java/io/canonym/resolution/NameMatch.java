package io.canonym.resolution;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.canonym.person.Person;

@Description("A person a name may refer to, with how sure Canonym is and why.")
public class NameMatch {

    @NonNull
    public Person person;

    @NonNull
    @Description("In [0, 1], higher meaning more likely to be this person.")
    public double score;

    @Description("The stored spelling that matched best.")
    public String matchedVariant;

    @NonNull
    @Description("The evidence, one line each, worded for an editor.")
    public List<@NonNull String> explanation;

    public NameMatch(Person person, double score, String matchedVariant, List<String> explanation) {
        this.person = person;
        this.score = score;
        this.matchedVariant = matchedVariant;
        this.explanation = explanation;
    }
}
