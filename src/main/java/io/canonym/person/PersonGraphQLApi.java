package io.canonym.person;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.canonym.common.Inputs;
import io.canonym.common.PageRequest;
import io.canonym.security.Roles;

@GraphQLApi
public class PersonGraphQLApi {

    @Inject
    PersonService people;
    @Inject
    PersonMerger merger;

    @Query
    @Description("A person by id; null when there is none. The id of a person merged into another answers with that "
            + "other person.")
    public Person person(@NonNull @Id String id) {
        return people.find(Inputs.id("id", id));
    }

    @Query
    @Description("People in name order; with `search`, only those with a spelling that contains it.")
    public @NonNull PersonConnection people(String search, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        return PersonConnection.of(people.list(search, request), after != null);
    }

    @Mutation
    @Description("Creates a person with their spellings.")
    public @NonNull Person createPerson(@NonNull PersonInput input) {
        return people.create(input);
    }

    @Mutation
    @Description("Teaches Canonym another spelling of a person's name; it resolves at once. Adding a spelling the "
            + "person already has changes nothing.")
    public @NonNull Person addVariant(@NonNull @Id String personId, @NonNull String spelling) {
        return people.addVariant(Inputs.id("personId", personId), spelling);
    }

    @Mutation
    @Description("Creates up to 1000 people in one transaction: all of them, or none if any is invalid.")
    public @NonNull ImportResult importPeople(@NonNull List<@NonNull PersonInput> input) {
        return new ImportResult(people.importPeople(input).stream().map(p -> p.id).toList());
    }

    @Mutation
    @Description("Removes a spelling (not the canonical or native name: updatePerson changes those); it stops "
            + "resolving at once. Returns the person it belonged to.")
    public @NonNull Person removeVariant(@NonNull @Id String variantId) {
        return people.removeVariant(Inputs.id("variantId", variantId));
    }

    @Mutation
    @Description("Replaces a person's name, native name, description and external id; `variants` are added to the "
            + "spellings (none removed), and a replaced name stays a spelling. `version` must be the one the editor "
            + "read (Person.version): if someone changed the person since, nothing is written and the error is "
            + "CONFLICT.")
    public @NonNull Person updatePerson(@NonNull @Id String id, @NonNull PersonInput input, @NonNull Integer version) {
        return people.update(Inputs.id("id", id), input, version);
    }

    @Mutation
    @RolesAllowed(Roles.ADMIN)
    @Description("Deletes a person and their spellings; their mentions become UNRESOLVED and return to the review "
            + "queue. The audit log keeps the person as they were. Admins only. Returns the deleted id.")
    public @NonNull @Id String deletePerson(@NonNull @Id String id) {
        return String.valueOf(people.delete(Inputs.id("id", id)));
    }

    @Mutation
    @RolesAllowed(Roles.ADMIN)
    @Description("Merges a duplicate into another person: the source's spellings, mentions, candidacies and rejected "
            + "links move to the target, and the source's id answers with the target from then on. "
            + "unmergePeople undoes it. Admins only. Returns the target.")
    public @NonNull Person mergePeople(@NonNull @Id String sourceId, @NonNull @Id String targetId) {
        return merger.merge(Inputs.id("sourceId", sourceId), Inputs.id("targetId", targetId));
    }

    @Mutation
    @RolesAllowed(Roles.ADMIN)
    @Description("Undoes mergePeople: the merged-away person comes back as they were, with their spellings, mentions "
            + "(except those editors have decided on since), candidacies and rejected links. What was added to the "
            + "target after the merge stays with the target. Admins only. Returns the restored person.")
    public @NonNull Person unmergePeople(@NonNull @Id String sourceId) {
        return merger.unmerge(Inputs.id("sourceId", sourceId));
    }

    @Description("Every known spelling of the person's name.")
    public List<@NonNull List<@NonNull NameVariant>> variants(@Source List<Person> persons) {
        Map<Long, List<NameVariant>> byPerson = people.variantsOf(persons.stream().map(p -> p.id).toList());
        return persons.stream().map(p -> byPerson.getOrDefault(p.id, List.of())).toList();
    }
}
