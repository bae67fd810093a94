package io.canonym.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person to create. The canonical and native names become variants of their own.")
@Input("PersonInput")
public class PersonInput {

    @NonNull
    @Description("The canonical name, 1 to 200 characters.")
    public String name;

    @Description("The name in the person's own script, up to 200 characters.")
    public String nativeName;

    @Description("A short description, up to 2000 characters.")
    public String description;

    @Description("Other known spellings, up to 100 of up to 200 characters each.")
    public List<@NonNull String> variants;

    @Description("An id in another catalogue, e.g. a Wikidata QID; unique among people.")
    public String externalId;
}
