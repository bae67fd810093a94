package io.canonym.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.canonym.common.ApiException;
import io.canonym.common.Inputs;
import io.canonym.name.Candidate;
import io.canonym.name.Resolution;
import io.canonym.person.Person;

@ApplicationScoped
public class ResolutionService {

    public static final int MAX_QUERY_LENGTH = 300;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_BATCH = 100;

    @Inject
    NameIndexHolder index;

    public NameResolution resolve(String name, Integer limit) {
        return resolveAll(List.of(checkedQuery("name", name)), checkedLimit(limit)).get(0);
    }

    public List<NameResolution> resolveAll(List<String> names) {
        if (names.size() > MAX_BATCH) {
            throw ApiException.badInput("names", "must have at most " + MAX_BATCH + " entries");
        }
        List<String> queries = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            queries.add(checkedQuery("names[" + i + "]", names.get(i)));
        }
        return resolveAll(queries, DEFAULT_LIMIT);
    }

    private List<NameResolution> resolveAll(List<String> queries, int limit) {
        List<Resolution> resolutions = queries.stream().map(query -> index.resolve(query, limit)).toList();
        Map<Long, Person> people = peopleIn(resolutions);
        List<NameResolution> answers = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            answers.add(toAnswer(queries.get(i), resolutions.get(i), people));
        }
        return answers;
    }

    /** One query for the people of every candidate of every name. */
    private static Map<Long, Person> peopleIn(List<Resolution> resolutions) {
        return Person.byIds(resolutions.stream().flatMap(r -> r.candidates().stream()).map(Candidate::personId)
                .collect(Collectors.toSet()));
    }

    private static NameResolution toAnswer(String query, Resolution resolution, Map<Long, Person> people) {
        // People deleted since the index last heard of them are left out.
        Resolution existing = resolution.without(c -> !people.containsKey(c.personId()));
        List<NameMatch> matches = new ArrayList<>();
        for (Candidate candidate : existing.candidates()) {
            matches.add(new NameMatch(people.get(candidate.personId()), candidate.score(), candidate.matchedVariant(),
                    candidate.explanation()));
        }
        return new NameResolution(query, existing.decision(), matches);
    }

    private static String checkedQuery(String field, String name) {
        return Inputs.requiredLine(field, name, MAX_QUERY_LENGTH);
    }

    private static int checkedLimit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badInput("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
