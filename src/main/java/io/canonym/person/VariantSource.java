package io.canonym.person;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a spelling of a person's name came from.")
public enum VariantSource {
    @Description("The canonical name itself.")
    CANONICAL,
    @Description("The name in the person's own script.")
    NATIVE,
    @Description("Added by an editor.")
    EDITOR,
    @Description("Loaded in bulk.")
    IMPORT,
    @Description("Learned from an editor's confirmation of a mention.")
    LEARNED
}
