package io.canonym.person;

import java.util.List;
import java.util.Map;

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

@GraphQLApi
public class PersonGraphQLApi {

    @Inject
    PersonService people;

    @Query
    @Description("A person by id; null when there is none.")
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

    @Description("Every known spelling of the person's name.")
    public List<@NonNull List<@NonNull NameVariant>> variants(@Source List<Person> persons) {
        Map<Long, List<NameVariant>> byPerson = people.variantsOf(persons.stream().map(p -> p.id).toList());
        return persons.stream().map(p -> byPerson.getOrDefault(p.id, List.of())).toList();
    }
}
