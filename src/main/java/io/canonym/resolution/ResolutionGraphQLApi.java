package io.canonym.resolution;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ResolutionGraphQLApi {

    @Inject
    ResolutionService resolution;

    @Query
    @Description("The people a name may refer to, in any script or spelling, best first, with a decision. "
            + "At most 300 characters; limit 1 to 50.")
    public @NonNull NameResolution resolveName(@NonNull String name, @DefaultValue("5") Integer limit) {
        return resolution.resolve(name, limit);
    }

    @Query
    @Description("resolveName for up to 100 names at once, in order, with the default limit.")
    public @NonNull List<@NonNull NameResolution> resolveNames(@NonNull List<@NonNull String> names) {
        return resolution.resolveAll(names);
    }
}
