package io.canonym.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.canonym.common.ApiException;
import io.canonym.common.Cursor;
import io.canonym.common.ErrorCode;
import io.canonym.common.Inputs;
import io.canonym.common.Page;
import io.canonym.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PersonService {

    public static final int MAX_VARIANTS_PER_INPUT = 100;
    public static final int MAX_SEARCH_LENGTH = 200;
    private static final String CURSOR_KIND = "person";

    public Person get(long id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw ApiException.notFound("Person", id);
        }
        return person;
    }

    public Person find(long id) {
        return Person.findById(id);
    }

    /** People in name order, optionally only those with a spelling that contains {@code search}. */
    public Page<Person> list(String search, PageRequest request) {
        String needle = Inputs.optionalLine("search", search, MAX_SEARCH_LENGTH);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (needle != null) {
            where.append(" and exists (from NameVariant v where v.person = p and v.normalized like :pattern escape '\\')");
            params.and("pattern", SearchText.containsPattern(needle));
        }
        long total = Person.count("from Person p where " + where, params);
        if (request.after() != null) {
            List<String> key = Cursor.decode(request.after(), CURSOR_KIND, 2);
            where.append(" and (p.name > :afterName or (p.name = :afterName and p.id > :afterId))");
            params.and("afterName", key.get(0)).and("afterId", parseLong(key.get(1)));
        }
        PanacheQuery<Person> query = Person.find("from Person p where " + where + " order by p.name, p.id", params);
        return Page.of(query.range(0, request.fetchSize() - 1).list(), request, total);
    }

    public static String cursorOf(Person person) {
        return Cursor.encode(CURSOR_KIND, person.name, person.id);
    }

    @Transactional
    public Person create(PersonInput input) {
        Person person = new Person();
        person.name = Inputs.requiredLine("input.name", input.name, Person.MAX_NAME_LENGTH);
        person.nativeName = Inputs.optionalLine("input.nativeName", input.nativeName, Person.MAX_NAME_LENGTH);
        person.description = Inputs.optionalLine("input.description", input.description, Person.MAX_DESCRIPTION_LENGTH);
        person.externalId = Inputs.optionalLine("input.externalId", input.externalId, Person.MAX_NAME_LENGTH);
        List<String> otherSpellings = checkedVariants(input.variants);
        if (person.externalId != null && Person.count("externalId", person.externalId) > 0) {
            throw new ApiException(ErrorCode.CONFLICT,
                    "A person with external id " + person.externalId + " already exists", "input.externalId");
        }
        person.persist();
        for (NameVariant variant : variantsOf(person, otherSpellings)) {
            variant.persist();
        }
        return person;
    }

    private static List<String> checkedVariants(List<String> variants) {
        if (variants == null) {
            return List.of();
        }
        if (variants.size() > MAX_VARIANTS_PER_INPUT) {
            throw ApiException.badInput("input.variants", "must have at most " + MAX_VARIANTS_PER_INPUT + " entries");
        }
        List<String> checked = new ArrayList<>(variants.size());
        for (int i = 0; i < variants.size(); i++) {
            checked.add(Inputs.requiredLine("input.variants[" + i + "]", variants.get(i), Person.MAX_NAME_LENGTH));
        }
        return checked;
    }

    /** The canonical name, the native name and the other spellings, each spelling once. */
    private static List<NameVariant> variantsOf(Person person, List<String> otherSpellings) {
        List<NameVariant> variants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(person.name);
        variants.add(NameVariant.of(person, person.name, VariantSource.CANONICAL));
        if (person.nativeName != null && seen.add(person.nativeName)) {
            variants.add(NameVariant.of(person, person.nativeName, VariantSource.NATIVE));
        }
        for (String spelling : otherSpellings) {
            if (seen.add(spelling)) {
                variants.add(NameVariant.of(person, spelling, VariantSource.EDITOR));
            }
        }
        return variants;
    }

    /** Every spelling of each person, for batched GraphQL fields. */
    public Map<Long, List<NameVariant>> variantsOf(Collection<Long> personIds) {
        List<NameVariant> variants = NameVariant.list("person.id in ?1 order by id", personIds);
        return variants.stream().collect(Collectors.groupingBy(v -> v.person.id));
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }
}
