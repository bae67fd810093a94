package io.canonym.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.canonym.common.ApiException;
import io.canonym.common.Cursor;
import io.canonym.common.ErrorCode;
import io.canonym.common.Inputs;
import io.canonym.common.Page;
import io.canonym.common.PageRequest;
import io.canonym.name.PrefixMatch;
import io.canonym.resolution.NameIndexHolder;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PersonService {

    @Inject
    Event<SpellingsChanged> spellingsChanged;
    @Inject
    NameIndexHolder nameIndex;
    @Inject
    PersonImporter importer;

    public static final int MAX_VARIANTS_PER_INPUT = 100;
    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_IMPORT = 1000;
    /** Searches rank at most this many people; totalCount of a search is capped here. */
    public static final int MAX_SEARCH_RESULTS = 1000;
    private static final String CURSOR_KIND = "person";
    private static final String SEARCH_CURSOR_KIND = "person-search";

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

    /**
     * Without {@code search}, everybody in name order. With it, search-as-you-type: people with a spelling that starts
     * like it, in any script or transliteration ("шойг", "Schoi" and "zelensk" all find their person), best first.
     */
    public Page<Person> list(String search, PageRequest request) {
        String needle = Inputs.optionalLine("search", search, MAX_SEARCH_LENGTH);
        return needle == null ? inNameOrder(request) : searched(needle, request);
    }

    private Page<Person> inNameOrder(PageRequest request) {
        long total = Person.count();
        String where = "1 = 1";
        Parameters params = new Parameters();
        if (request.after() != null) {
            List<String> key = Cursor.decode(request.after(), CURSOR_KIND, 2);
            where = "p.name > :afterName or (p.name = :afterName and p.id > :afterId)";
            params.and("afterName", key.get(0)).and("afterId", parseLong(key.get(1)));
        }
        PanacheQuery<Person> query = Person.find("from Person p where " + where + " order by p.name, p.id", params);
        return Page.of(query.range(0, request.fetchSize() - 1).list(), request, total, PersonService::cursorOf);
    }

    private Page<Person> searched(String needle, PageRequest request) {
        int offset = request.after() == null ? 0 : searchOffset(request.after(), needle);
        List<PrefixMatch> ranked = nameIndex.prefixSearch(needle, MAX_SEARCH_RESULTS);
        List<Long> ids = ranked.stream().skip(offset).limit(request.fetchSize()).map(PrefixMatch::personId).toList();
        Map<Long, Person> people = ids.isEmpty() ? Map.of()
                : Person.<Person> list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<SearchHit> hits = new ArrayList<>();
        for (Long id : ids) {
            if (people.containsKey(id)) { // a person deleted since the index heard of them is skipped
                hits.add(new SearchHit(people.get(id), offset + hits.size() + 1));
            }
        }
        Page<SearchHit> page = Page.of(hits, request, ranked.size(),
                hit -> Cursor.encode(SEARCH_CURSOR_KIND, needle, hit.position()));
        return new Page<>(page.items().stream().map(SearchHit::person).toList(), page.cursors(), page.hasNextPage(),
                page.totalCount());
    }

    private record SearchHit(Person person, int position) {
    }

    private static int searchOffset(String cursor, String needle) {
        List<String> key = Cursor.decode(cursor, SEARCH_CURSOR_KIND, 2);
        if (!key.get(0).equals(needle)) {
            throw Cursor.invalid();
        }
        long position = parseLong(key.get(1));
        if (position < 1 || position > MAX_SEARCH_RESULTS) {
            throw Cursor.invalid();
        }
        return (int) position;
    }

    public static String cursorOf(Person person) {
        return Cursor.encode(CURSOR_KIND, person.name, person.id);
    }

    @Transactional
    public Person create(PersonInput input) {
        NewPerson person = checked(input, "input", VariantSource.EDITOR);
        rejectTakenExternalIds(List.of(person), "input");
        return persist(List.of(person)).get(0);
    }

    /** Creates up to {@value #MAX_IMPORT} people in one transaction: all of them, or none if any is invalid. */
    @Transactional
    public List<Person> importPeople(List<PersonInput> inputs) {
        if (inputs.size() > MAX_IMPORT) {
            throw ApiException.badInput("input", "must have at most " + MAX_IMPORT + " people");
        }
        List<NewPerson> people = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            people.add(checked(inputs.get(i), "input[" + i + "]", VariantSource.IMPORT));
        }
        rejectTakenExternalIds(people, "input");
        return importer.insert(people.stream().map(NewPerson::person).toList(),
                people.stream().flatMap(p -> variantsOf(p).stream()).toList());
    }

    /** Adds a spelling to a person; a spelling the person already has is not added twice. */
    @Transactional
    public Person addVariant(long personId, String spelling) {
        Person person = get(personId);
        String checked = Inputs.requiredLine("spelling", spelling, Person.MAX_NAME_LENGTH);
        if (NameVariant.count("person.id = ?1 and spelling = ?2", personId, checked) == 0) {
            NameVariant variant = NameVariant.of(person, checked, VariantSource.EDITOR);
            variant.persist();
            spellingsChanged.fire(SpellingsChanged.added(List.of(variant)));
        }
        return person;
    }

    /** A person and their spellings, checked, not yet stored. */
    private record NewPerson(Person person, List<String> otherSpellings, VariantSource otherSource, String field) {
    }

    private static NewPerson checked(PersonInput input, String field, VariantSource otherSource) {
        if (input == null) {
            throw ApiException.badInput(field, "must not be null");
        }
        Person person = new Person();
        person.name = Inputs.requiredLine(field + ".name", input.name, Person.MAX_NAME_LENGTH);
        person.nativeName = Inputs.optionalLine(field + ".nativeName", input.nativeName, Person.MAX_NAME_LENGTH);
        person.description = Inputs.optionalLine(field + ".description", input.description, Person.MAX_DESCRIPTION_LENGTH);
        person.externalId = Inputs.optionalLine(field + ".externalId", input.externalId, Person.MAX_NAME_LENGTH);
        return new NewPerson(person, checkedVariants(field + ".variants", input.variants), otherSource, field);
    }

    /** One query for the whole batch; duplicates within the batch count too. */
    private static void rejectTakenExternalIds(List<NewPerson> people, String field) {
        Set<String> seen = new HashSet<>();
        for (NewPerson candidate : people) {
            String externalId = candidate.person().externalId;
            if (externalId != null && !seen.add(externalId)) {
                throw new ApiException(ErrorCode.CONFLICT, "External id " + externalId + " is given twice",
                        candidate.field() + ".externalId");
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        List<String> taken = Person.find("select p.externalId from Person p where p.externalId in ?1", seen)
                .project(String.class).list();
        if (!taken.isEmpty()) {
            NewPerson first = people.stream().filter(p -> taken.contains(p.person().externalId)).findFirst().orElseThrow();
            throw new ApiException(ErrorCode.CONFLICT, "A person with external id " + first.person().externalId
                    + " already exists", first.field() + ".externalId");
        }
    }

    private List<Person> persist(List<NewPerson> people) {
        List<NameVariant> spellings = new ArrayList<>();
        for (NewPerson newPerson : people) {
            newPerson.person().persist();
            spellings.addAll(variantsOf(newPerson));
        }
        NameVariant.persist(spellings);
        spellingsChanged.fire(SpellingsChanged.added(spellings));
        return people.stream().map(NewPerson::person).toList();
    }

    private static List<String> checkedVariants(String field, List<String> variants) {
        if (variants == null) {
            return List.of();
        }
        if (variants.size() > MAX_VARIANTS_PER_INPUT) {
            throw ApiException.badInput(field, "must have at most " + MAX_VARIANTS_PER_INPUT + " entries");
        }
        List<String> checked = new ArrayList<>(variants.size());
        for (int i = 0; i < variants.size(); i++) {
            checked.add(Inputs.requiredLine(field + "[" + i + "]", variants.get(i), Person.MAX_NAME_LENGTH));
        }
        return checked;
    }

    /** The canonical name, the native name and the other spellings, each spelling once. */
    private static List<NameVariant> variantsOf(NewPerson newPerson) {
        Person person = newPerson.person();
        List<NameVariant> variants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(person.name);
        variants.add(NameVariant.of(person, person.name, VariantSource.CANONICAL));
        if (person.nativeName != null && seen.add(person.nativeName)) {
            variants.add(NameVariant.of(person, person.nativeName, VariantSource.NATIVE));
        }
        for (String spelling : newPerson.otherSpellings()) {
            if (seen.add(spelling)) {
                variants.add(NameVariant.of(person, spelling, newPerson.otherSource()));
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
