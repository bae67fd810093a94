package io.canonym.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What importPeople created.")
public class ImportResult {

    @NonNull
    public int created;

    @NonNull
    @Id
    @Description("The new people's ids, in the order of the input.")
    public List<@NonNull String> ids;

    public ImportResult(List<Long> ids) {
        this.created = ids.size();
        this.ids = ids.stream().map(String::valueOf).toList();
    }
}
