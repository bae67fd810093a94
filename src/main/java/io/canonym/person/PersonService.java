package io.canonym.person;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.canonym.audit.AuditService;
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
    AuditService audit;

    @Inject
    PersonImporter importer;

    public static final int MAX_VARIANTS_PER_INPUT = 100;
    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_IMPORT = 1000;
    /** Searches rank at most this many people; totalCount of a search is capped here. */
    public static final int MAX_SEARCH_RESULTS = 1000;
    private static final String CURSOR_KIND = "person";
    private static final String SEARCH_CURSOR_KIND = "person-search";

    /**
     * The person with exactly this id, for changing them. NOT_FOUND if there is none; CONFLICT if they were merged
     * into someone else (the message names whom), since a change meant for them may not suit the merged person.
     */
    public Person get(long id) {
        return get(id, LockModeType.NONE);
    }

    /**
     * As {@link #get(long)}, holding a share lock on the person's row until the transaction ends: a merge or a
     * deletion of the person waits for it, and one that came first makes this fail (CONFLICT or NOT_FOUND). Linking a
     * mention to the person should take it, so that the mention never points at a person merged away meanwhile.
     */
    public Person lockForLinking(long id) {
        return get(id, LockModeType.PESSIMISTIC_READ);
    }

    Person get(long id, LockModeType lock) {
        Person person = Person.findById(id, lock);
        if (person == null) {
            PersonMerge merge = PersonMerge.findById(id);
            if (merge != null) {
                throw ApiException.conflict("Person " + id + " was merged into person " + merge.targetId);
            }
            throw ApiException.notFound("Person", id);
        }
        return person;
    }

    /** A person by id, for reading: the id of someone merged away answers with whom they were merged into. */
    public Person find(long id) {
        Person person = Person.findById(id);
        return person != null ? person : PersonMerge.mergedInto(id);
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
        String where = "1 = 1";
        Parameters params = new Parameters();
        if (request.after() != null) {
            List<String> key = Cursor.decode(request.after(), CURSOR_KIND, 2);
            where = "p.name > :afterName or (p.name = :afterName and p.id > :afterId)";
            params.and("afterName", key.get(0)).and("afterId", parseLong(key.get(1)));
        }
        PanacheQuery<Person> query = Person.find("from Person p where " + where + " order by p.name, p.id", params);
        return Page.of(query.range(0, request.fetchSize() - 1).list(), request, Person::count, PersonService::cursorOf);
    }

    /**
     * A page of search results. The index ranks only as far as the page reaches (a ranking cut at k is the first k of
     * any longer one), so a keystroke costs a page's worth; the total, up to {@link #MAX_SEARCH_RESULTS}, is searched
     * for only when asked.
     */
    private Page<Person> searched(String needle, PageRequest request) {
        int offset = request.after() == null ? 0 : searchOffset(request.after(), needle);
        int reach = offset + request.fetchSize();
        List<PrefixMatch> ranked = nameIndex.prefixSearch(needle, Math.min(reach, MAX_SEARCH_RESULTS));
        List<Long> ids = ranked.stream().skip(offset).limit(request.fetchSize()).map(PrefixMatch::personId).toList();
        Map<Long, Person> people = Person.byIds(ids);
        List<SearchHit> hits = new ArrayList<>();
        for (Long id : ids) {
            if (people.containsKey(id)) { // a person deleted since the index heard of them is skipped
                hits.add(new SearchHit(people.get(id), offset + hits.size() + 1));
            }
        }
        LongSupplier total = ranked.size() < reach ? ranked::size
                : () -> nameIndex.prefixSearch(needle, MAX_SEARCH_RESULTS).size();
        Page<SearchHit> page = Page.of(hits, request, total, hit -> Cursor.encode(SEARCH_CURSOR_KIND, needle, hit.position()));
        return new Page<>(page.items().stream().map(SearchHit::person).toList(), page.cursors(), page.hasNextPage(),
                page.total());
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
        List<Person> created = persist(List.of(person), "createPerson");
        return created.get(0);
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
        // Multi-row inserts (PersonImporter) rather than entity by entity: bulk loading is what this mutation is for.
        Map<Person, List<NameVariant>> spellingsOf = new LinkedHashMap<>();
        people.forEach(p -> spellingsOf.put(p.person(), variantsOf(p)));
        List<Person> created = importer.insert(List.copyOf(spellingsOf.keySet()),
                spellingsOf.values().stream().flatMap(List::stream).toList());
        spellingsOf.forEach((person, own) -> audit.record("importPeople", List.of(person.id), null, PersonJson.of(person, own)));
        return created;
    }

    /** Adds a spelling to a person, taught by an editor; a spelling the person already has is not added twice. */
    @Transactional
    public Person addVariant(long personId, String spelling) {
        return addVariant(personId, spelling, VariantSource.EDITOR, "addVariant");
    }

    /**
     * Adds a spelling to a person, audited under {@code action}; a spelling the person already has is not added
     * twice (and nothing is recorded). It resolves on this instance as soon as the transaction commits. For
     * confirmations: {@code addVariant(personId, mention.text, VariantSource.LEARNED, "confirmMention")}.
     */
    @Transactional
    public Person addVariant(long personId, String spelling, VariantSource source, String action) {
        Person person = get(personId);
        String checked = Inputs.requiredLine("spelling", spelling, Person.MAX_NAME_LENGTH);
        if (NameVariant.count("person.id = ?1 and spelling = ?2", personId, checked) == 0) {
            NameVariant variant = NameVariant.of(person, checked, source);
            variant.persist();
            audit.record(action, List.of(personId), null, PersonJson.of(variant));
            spellingsChanged.fire(SpellingsChanged.added(List.of(variant)));
        }
        return person;
    }

    /**
     * Removes a spelling; it no longer resolves, on this instance as soon as the transaction commits. The canonical
     * and native names cannot be removed: {@link #update} changes them.
     */
    @Transactional
    public Person removeVariant(long variantId) {
        NameVariant variant = NameVariant.findById(variantId);
        if (variant == null) {
            throw ApiException.notFound("Variant", variantId);
        }
        if (variant.source == VariantSource.CANONICAL || variant.source == VariantSource.NATIVE) {
            throw ApiException.badInput("variantId", "is the person's " + variant.source.name().toLowerCase()
                    + " name; change it with updatePerson");
        }
        Person person = variant.person;
        JsonObject before = PersonJson.of(variant);
        variant.delete();
        audit.record("removeVariant", List.of(person.id), before, null);
        spellingsChanged.fire(SpellingsChanged.removed(List.of(variantId)));
        return person;
    }

    /**
     * Replaces a person's name, native name, description and external id, if {@code version} is the one stored
     * (CONFLICT otherwise: someone changed the person since the caller read it). A replaced name stays a spelling
     * of the person (source EDITOR), since articles may still write it; {@code input.variants} are added to the
     * spellings (none are removed: {@link #removeVariant} does that).
     */
    @Transactional
    public Person update(long id, PersonInput input, int version) {
        Person person = get(id);
        if (person.version != version) {
            throw ApiException.conflict("Person " + id + " was changed by someone else (version " + person.version
                    + ", not " + version + "); reload and try again");
        }
        NewPerson changed = checked(input, "input", VariantSource.EDITOR);
        if (changed.person().externalId != null && !changed.person().externalId.equals(person.externalId)) {
            rejectTakenExternalIds(List.of(changed), "input");
        }
        List<NameVariant> variants = NameVariant.list("person.id = ?1 order by id", id);
        JsonObject before = PersonJson.of(person, variants);
        person.name = changed.person().name;
        person.nativeName = changed.person().nativeName;
        person.description = changed.person().description;
        person.externalId = changed.person().externalId;
        // Every update changes the row, so that the version moves (exactly once) even if no field did; the flush
        // checks the version read above, so a concurrent update makes one of the two fail with CONFLICT.
        person.updatedAt = OffsetDateTime.now();
        List<NameVariant> added = new SpellingsUpdate(person, variants).apply(changed.otherSpellings());
        audit.record("updatePerson", List.of(id), before, PersonJson.of(person, NameVariant.list("person.id = ?1 order by id", id)));
        spellingsChanged.fire(SpellingsChanged.added(added));
        return person;
    }

    /**
     * Deletes a person and their spellings (which stop resolving at once). Their mentions are unlinked and go back
     * to the review queue as UNRESOLVED; the audit entry keeps the person as they were. Refused (CONFLICT) while
     * others are merged into the person: unmerge them first, so that those merges stay reversible.
     */
    @Transactional
    public long delete(long id) {
        lockRows(id);
        Person person = get(id);
        if (PersonMerge.count("targetId", id) > 0) {
            throw ApiException.conflict("Other people were merged into person " + id + "; unmerge them first");
        }
        List<NameVariant> variants = NameVariant.list("person.id = ?1 order by id", id);
        JsonObject before = PersonJson.of(person, variants);
        Person.getEntityManager().createNativeQuery("""
                UPDATE mention SET person_id = NULL, status = 'UNRESOLVED', score = NULL, version = version + 1,
                       updated_at = now()
                WHERE person_id = :id""").setParameter("id", id).executeUpdate();
        variants.forEach(NameVariant::delete);
        person.delete();
        audit.record("deletePerson", List.of(id), before, null);
        spellingsChanged.fire(SpellingsChanged.removed(variants.stream().map(v -> v.id).toList()));
        return id;
    }

    /**
     * Locks people's rows (FOR UPDATE, in id order so that two such changes cannot deadlock) until the transaction
     * ends. Unlike Hibernate's PESSIMISTIC_WRITE (FOR NO KEY UPDATE on PostgreSQL), this also waits for transactions
     * that are linking rows to these people, and makes those that come later wait.
     */
    void lockRows(long... ids) {
        Person.getEntityManager().createNativeQuery("SELECT id FROM person WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("ids", Arrays.stream(ids).boxed().toList()).getResultList();
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

    /** Stores new people with their spellings, one audit entry each. */
    private List<Person> persist(List<NewPerson> people, String action) {
        List<NameVariant> spellings = new ArrayList<>();
        Map<Person, List<NameVariant>> spellingsOf = new LinkedHashMap<>();
        for (NewPerson newPerson : people) {
            newPerson.person().persist();
            List<NameVariant> own = variantsOf(newPerson);
            spellings.addAll(own);
            spellingsOf.put(newPerson.person(), own);
        }
        NameVariant.persist(spellings);
        spellingsOf.forEach((person, own) -> audit.record(action, List.of(person.id), null, PersonJson.of(person, own)));
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
