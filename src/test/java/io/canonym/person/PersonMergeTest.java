package io.canonym.person;

import static io.canonym.support.GraphQL.asAdmin;
import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.mention.MentionStatus;
import io.canonym.support.TestData;
import io.canonym.support.TestData.MentionState;
import io.quarkus.test.junit.QuarkusTest;

/** mergePeople and unmergePeople over HTTP: what moves, what the source id answers, and the way back. */
@QuarkusTest
class PersonMergeTest {

    static final String MERGE = "mutation($s: ID!, $t: ID!) { mergePeople(sourceId: $s, targetId: $t) { id version variants { spelling } } }";
    static final String UNMERGE = """
            mutation($s: ID!) { unmergePeople(sourceId: $s) { id name nativeName description version
              variants { spelling source } } }""";
    static final String PERSON = "query($id: ID!) { person(id: $id) { id name version variants { spelling source } } }";
    static final String RESOLVE = "query($n: String!) { resolveName(name: $n) { candidates { person { id } } } }";

    @Inject
    TestData data;

    @Test
    void aMergeMovesEverythingToTheTargetAndAnUnmergePutsItBack() {
        String sourceSpelling = "Wqrtz " + unique("Plovik");
        String sourceName = unique("Duplicate ");
        String source = PersonApiTest.createPerson(Map.of("name", sourceName, "nativeName", "Дубликат",
                "description", "the duplicate", "variants", List.of(sourceSpelling, "Shared Spelling")));
        String target = PersonApiTest.createPerson(Map.of("name", unique("Original "), "variants", List.of("Shared Spelling")));
        long sourceId = Long.parseLong(source);
        long targetId = Long.parseLong(target);
        long article = data.article(unique("Merge "), "Both " + sourceName + " and Other Name met.", null);
        long linked = data.mention(article, sourceName, sourceId, MentionStatus.NEEDS_REVIEW);
        long open = data.mention(article, "Other Name", null, MentionStatus.UNRESOLVED);
        data.candidate(linked, sourceId, 0, 0.8);
        data.candidate(open, sourceId, 0, 0.6);
        data.candidate(open, targetId, 1, 0.5);
        data.rejectedLink(sourceId, "Not Him");
        MentionState linkedBefore = data.mentionState(linked);

        asAdmin(MERGE, Map.of("s", source, "t", target))
                .body("errors", nullValue())
                .body("data.mergePeople.id", equalTo(target))
                .body("data.mergePeople.version", equalTo(1))
                .body("data.mergePeople.variants.spelling", hasItem(sourceSpelling));

        graphql(PERSON, Map.of("id", source)).body("data.person.id", equalTo(target));
        graphql(RESOLVE, Map.of("n", sourceSpelling)).body("data.resolveName.candidates.person.id", hasItem(target));
        assertEquals(targetId, data.mentionState(linked).personId());
        assertEquals(List.of(target + ":0:0.8"), data.candidates(linked));
        assertEquals(List.of(target + ":1:0.5"), data.candidates(open), "the target's own candidacy stays");
        assertEquals(List.of("not him"), data.rejectedLinks(targetId));

        asAdmin(UNMERGE, Map.of("s", source))
                .body("errors", nullValue())
                .body("data.unmergePeople.id", equalTo(source))
                .body("data.unmergePeople.name", equalTo(sourceName))
                .body("data.unmergePeople.nativeName", equalTo("Дубликат"))
                .body("data.unmergePeople.description", equalTo("the duplicate"))
                .body("data.unmergePeople.version", equalTo(0))
                .body("data.unmergePeople.variants.spelling",
                        containsInAnyOrder(sourceName, "Дубликат", sourceSpelling, "Shared Spelling"))
                .body("data.unmergePeople.variants.source", containsInAnyOrder("CANONICAL", "NATIVE", "EDITOR", "EDITOR"));

        graphql(PERSON, Map.of("id", target))
                .body("data.person.variants.spelling", not(hasItem(sourceSpelling)))
                .body("data.person.variants.spelling", hasItem("Shared Spelling"));
        graphql(RESOLVE, Map.of("n", sourceSpelling))
                .body("data.resolveName.candidates.person.id", hasItem(source))
                .body("data.resolveName.candidates.person.id", not(hasItem(target)));
        assertEquals(linkedBefore, data.mentionState(linked));
        assertEquals(List.of(source + ":0:0.8"), data.candidates(linked));
        assertEquals(List.of(source + ":0:0.6", target + ":1:0.5"), data.candidates(open));
        assertEquals(List.of("not him"), data.rejectedLinks(sourceId));
        assertEquals(List.of(), data.rejectedLinks(targetId));
    }

    @Test
    void aMentionAnEditorReassignedAfterTheMergeStaysWhereTheEditorPutIt() {
        String sourceName = unique("Reassigned ");
        String source = PersonApiTest.createPerson(Map.of("name", sourceName));
        String target = PersonApiTest.createPerson(Map.of("name", unique("Keeper ")));
        String third = PersonApiTest.createPerson(Map.of("name", unique("Third ")));
        long article = data.article(unique("Reassign "), "Yesterday " + sourceName + " said so.", null);
        long mention = data.mention(article, sourceName, Long.parseLong(source), MentionStatus.LINKED);
        asAdmin(MERGE, Map.of("s", source, "t", target)).body("errors", nullValue());

        data.relink(mention, Long.parseLong(third), MentionStatus.CONFIRMED);
        asAdmin(UNMERGE, Map.of("s", source)).body("errors", nullValue());

        assertEquals(Long.parseLong(third), data.mentionState(mention).personId());
    }

    @Test
    void mergingIntoOneselfIsBadInput() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Self ")));
        asAdmin(MERGE, Map.of("s", id, "t", id))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("targetId"));
    }

    @Test
    void mergingNobodyIsNotFound() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Somebody ")));
        asAdmin(MERGE, Map.of("s", "987654321", "t", id)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        asAdmin(MERGE, Map.of("s", id, "t", "987654321")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void unmergingSomeoneNeverMergedIsNotFound() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Unmerged ")));
        asAdmin(UNMERGE, Map.of("s", id)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void mergingAPersonMergedAwayAlreadyIsAConflict() {
        String source = PersonApiTest.createPerson(Map.of("name", unique("Twice ")));
        String target = PersonApiTest.createPerson(Map.of("name", unique("First Target ")));
        String other = PersonApiTest.createPerson(Map.of("name", unique("Second Target ")));
        asAdmin(MERGE, Map.of("s", source, "t", target)).body("errors", nullValue());

        asAdmin(MERGE, Map.of("s", source, "t", other))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", equalTo("Person " + source + " was merged into person " + target));
    }

    @Test
    void mergesOfMergesAreFollowedAndUndoneLastFirst() {
        String a = PersonApiTest.createPerson(Map.of("name", unique("Chain A ")));
        String b = PersonApiTest.createPerson(Map.of("name", unique("Chain B ")));
        String c = PersonApiTest.createPerson(Map.of("name", unique("Chain C ")));
        asAdmin(MERGE, Map.of("s", a, "t", b)).body("errors", nullValue());
        asAdmin(MERGE, Map.of("s", b, "t", c)).body("errors", nullValue());

        graphql(PERSON, Map.of("id", a)).body("data.person.id", equalTo(c));
        asAdmin(UNMERGE, Map.of("s", a)).body("errors[0].extensions.code", equalTo("CONFLICT"));
        asAdmin(UNMERGE, Map.of("s", b)).body("errors", nullValue());
        asAdmin(UNMERGE, Map.of("s", a)).body("errors", nullValue()).body("data.unmergePeople.id", equalTo(a));
    }

    @Test
    void aPersonOthersWereMergedIntoCannotBeDeleted() {
        String source = PersonApiTest.createPerson(Map.of("name", unique("Absorbed ")));
        String target = PersonApiTest.createPerson(Map.of("name", unique("Absorber ")));
        asAdmin(MERGE, Map.of("s", source, "t", target)).body("errors", nullValue());

        asAdmin("mutation($id: ID!) { deletePerson(id: $id) }", Map.of("id", target))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
    }

    @Test
    void anEditorMayNotMergeOrUnmerge() {
        String source = PersonApiTest.createPerson(Map.of("name", unique("Editor Source ")));
        String target = PersonApiTest.createPerson(Map.of("name", unique("Editor Target ")));

        graphql(MERGE, Map.of("s", source, "t", target)).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(PERSON, Map.of("id", source)).body("data.person.id", equalTo(source));
        asAdmin(MERGE, Map.of("s", source, "t", target)).body("errors", nullValue());
        graphql(UNMERGE, Map.of("s", source)).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(PERSON, Map.of("id", source)).body("data.person.id", equalTo(target));
    }
}
