package io.canonym.mention.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.canonym.mention.MentionStatus;
import io.canonym.mention.detect.DetectedName;
import io.canonym.mention.detect.NameShape;
import io.canonym.mention.detect.Role;
import io.canonym.name.Candidate;
import io.canonym.name.Decision;
import io.canonym.name.NameResolver;
import io.canonym.name.Resolution;
import io.canonym.name.ResourceLines;
import io.canonym.name.Spellings;
import io.canonym.person.SearchText;

/**
 * Turns the names detected in one article, and the resolver's answers for their spellings, into linked mentions.
 * No framework, no database: the caller resolves {@link #queries(List)} and looks up {@link ArticleFacts} in bulk.
 *
 * <p>The article is the context. Spans the detector grouped as one person are decided together, through their
 * fullest spellings, and repeats ("Kim", "Zelensky") follow their group. A group the resolver found plausible but
 * not certain (AMBIGUOUS) is linked only when the article supports its leading candidate: a title or nationality
 * written before the name that fits the person's description ("Ukrainian" and "President of Ukraine"), a surname
 * repeat that alone resolves to the same person, or the same person named confidently elsewhere in the article.
 * Never for a name written after a kinship word ("his sister"), and never against an editor's rejection.
 *
 * <p>The article's own words about a person ({@link ArticleDescription}) weigh too: an occupation written beside the
 * name that the known person's description does not share ("the cyclist Wang Yi" against "Foreign Minister of
 * China") means a namesake, and even a confident resolution is left for review; one that fits ("Wang Yi, China's
 * foreign minister") supports an uncertain one. A surname repeat introduced as someone's relative ("The son of the
 * prime minister, Yair Netanyahu,") is that relative, not the person the surname first named.
 */
public final class MentionLinker {

    /** The least resolver score that context may promote to a link; below it, the spelling is too far off. */
    public static final double CONTEXT_MATCH_THRESHOLD = 0.70;
    /**
     * A name the article introduces with a title or nationality ("Ukrainian President ...") is a public figure's:
     * when its leading candidate scores this well and nobody else comes within {@link #WIDE_MARGIN}, that is the
     * person, even if the resolver alone, without the article, would not commit.
     */
    public static final double INTRODUCED_MATCH_THRESHOLD = 0.75;
    public static final double WIDE_MARGIN = 0.25;

    private final Set<String> relationWords;
    private final Set<String> roleStopWords;
    private final Set<String> appositiveEnds;
    private final List<String> namesakeMarkers;
    private final List<String> conjunctionPrefixes;
    private final Occupations occupations = new Occupations();
    private final NamesakeRemarks namesakeRemarks;
    private final GenerationalSuffixes generations = new GenerationalSuffixes();

    public MentionLinker() {
        this.relationWords = Set.copyOf(readWords("/link/relations.txt"));
        this.roleStopWords = Set.copyOf(readWords("/link/role-stopwords.txt"));
        this.appositiveEnds = Set.copyOf(readWords("/link/appositive-ends.txt"));
        this.namesakeMarkers = List.copyOf(readWords("/link/namesake-markers.txt"));
        this.conjunctionPrefixes = List.copyOf(readWords("/detect/conjunction-prefixes.txt"));
        this.namesakeRemarks = new NamesakeRemarks(namesakeMarkers, Set.copyOf(readWords("/link/referring-openers.txt")),
                Set.copyOf(readWords("/link/namesake-person-words.txt")), readWords("/link/own-name-openers.txt"),
                Set.copyOf(readWords("/link/sameness-words.txt")));
    }

    /**
     * The spellings whose resolutions {@link #link} needs first: those that decide a group (its full names, or all its
     * spans when it has none). Repeats are resolved only if their group is in doubt.
     */
    public Set<String> queries(List<DetectedName> names) {
        Set<String> queries = new LinkedHashSet<>();
        groups(names).values().forEach(members -> deciding(names, members).forEach(i -> queries.add(names.get(i).text())));
        return queries;
    }

    /**
     * Links every detected name.
     *
     * @param body        the article the names were found in, for the words around them (null: none are read)
     * @param names       the detector's spans of one article, in text order
     * @param resolutions the resolver's answer for a spelling: asked about {@link #queries(List)}, and about repeats of
     *                    groups in doubt
     * @param facts       descriptions of candidate people and editors' rejected pairs
     * @return one linked mention per detected name, in the same order
     */
    public List<LinkedMention> link(String body, List<DetectedName> names, Function<String, Resolution> resolutions,
                                    ArticleFacts facts) {
        Map<Integer, ArticleDescription> descriptions = new HashMap<>();
        IntFunction<ArticleDescription> described =
                i -> descriptions.computeIfAbsent(i, n -> ArticleDescription.of(body, names, n, appositiveEnds));
        Map<Integer, List<Integer>> groups = groups(names);
        // Remarks anywhere in the article that a group's name is a namesake's ("The official ... merely shares his name
        // with China's premier"): read once, then they weigh like the remarks beside the name.
        Map<Integer, String> remarks = namesakeRemarks.read(body, names);
        Map<Integer, Outcome> outcomes = new HashMap<>();
        groups.forEach((group, members) -> outcomes.put(group, decide(body, names, members, resolutions, facts, described, remarks)));
        promoteByContext(body, names, groups, outcomes, resolutions, facts, described, remarks);

        List<LinkedMention> linked = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            DetectedName name = names.get(i);
            Outcome outcome = name.ambiguous() ? ambiguousRepeat(name, outcomes) : outcomes.get(name.group());
            String relative = i == name.group() || outcome.status != MentionStatus.LINKED ? null : relativeRepeat(names, i, described);
            linked.add(relative != null ? Outcome.review(outcome.candidates, relative).toMention(name, name, true)
                    : outcome.toMention(name, names.get(name.group()), i == name.group()));
        }
        return linked;
    }

    /** A group's decision: status, person, the candidates shown to editors and why. */
    private record Outcome(MentionStatus status, Long personId, Double score, List<Candidate> candidates,
                           List<String> explanation) {

        static Outcome unresolved() {
            return new Outcome(MentionStatus.UNRESOLVED, null, null, List.of(), List.of("no known person has this name"));
        }

        static Outcome review(List<Candidate> candidates, String why) {
            List<String> explanation = new ArrayList<>();
            explanation.add(why);
            if (!candidates.isEmpty()) {
                explanation.addAll(candidates.get(0).explanation());
            }
            return new Outcome(MentionStatus.NEEDS_REVIEW, null, candidates.isEmpty() ? null : candidates.get(0).score(),
                    candidates, explanation);
        }

        static Outcome linked(List<Candidate> candidates, String why) {
            Candidate top = candidates.get(0);
            List<String> explanation = new ArrayList<>();
            explanation.add(why);
            explanation.addAll(top.explanation());
            return new Outcome(MentionStatus.LINKED, top.personId(), top.score(), candidates, explanation);
        }

        Outcome because(String why) {
            List<String> more = new ArrayList<>(explanation);
            more.add(0, why);
            return new Outcome(status, personId, score, candidates, more);
        }

        LinkedMention toMention(DetectedName name, DetectedName founder, boolean isFounder) {
            Outcome o = isFounder || founder.text().equals(name.text()) ? this
                    : because("same person as \"" + founder.text() + "\" earlier in the article");
            return new LinkedMention(name.start(), name.end(), name.text(), o.status, o.personId, o.score, o.candidates,
                    o.explanation);
        }
    }

    private static Map<Integer, List<Integer>> groups(List<DetectedName> names) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).ambiguous()) {
                groups.computeIfAbsent(names.get(i).group(), g -> new ArrayList<>()).add(i);
            }
        }
        return groups;
    }

    /** Decides a group through its full spellings (or, when it has none, through all of them). */
    private Outcome decide(String body, List<DetectedName> names, List<Integer> members, Function<String, Resolution> resolutions,
                           ArticleFacts facts, IntFunction<ArticleDescription> described, Map<Integer, String> remarks) {
        List<Integer> spellings = deciding(names, members);
        Map<Long, Resolution> matches = new LinkedHashMap<>();
        Resolution best = null;
        String bestText = null;
        for (int i : spellings) {
            String text = names.get(i).text();
            Resolution r = withoutRejected(resolutions.apply(text), text, facts);
            if (r.decision() == Decision.MATCH) {
                matches.putIfAbsent(r.candidates().get(0).personId(), r);
            }
            if (!r.candidates().isEmpty() && (best == null || best.candidates().isEmpty()
                    || r.candidates().get(0).score() > best.candidates().get(0).score())) {
                best = r;
                bestText = text;
            }
        }
        if (matches.size() == 1) {
            List<Candidate> candidates = matches.values().iterator().next().candidates();
            String namesake = namesake(names, members, described, remarks, facts.description(candidates.get(0).personId()));
            String relative = namesake == null ? generations.otherGeneration(body, names, members, candidates.get(0).matchedVariant()) : null;
            String fragment = namesake == null && relative == null ? tooShortAlone(names, members) : null;
            return namesake != null ? Outcome.review(candidates, namesake)
                    : relative != null ? Outcome.review(candidates, relative)
                    : fragment != null ? Outcome.review(candidates, fragment)
                    : Outcome.linked(candidates, "resolved confidently");
        }
        if (matches.size() > 1) {
            List<Candidate> tops = matches.values().stream().map(r -> r.candidates().get(0)).toList();
            return Outcome.review(tops, "the article's spellings of this name resolve to different people");
        }
        if (best == null || best.decision() == Decision.NO_MATCH) {
            return Outcome.unresolved();
        }
        return Outcome.review(best.candidates(), "\"" + bestText + "\" fits several people, or nobody well enough");
    }

    private static List<Integer> deciding(List<DetectedName> names, List<Integer> members) {
        List<Integer> full = members.stream().filter(i -> names.get(i).shape() == NameShape.FULL_NAME).toList();
        return full.isEmpty() ? members : full;
    }

    /** Editors' rejections: the rejected person is dropped, and if it led, nothing may be linked automatically. */
    private static Resolution withoutRejected(Resolution r, String text, ArticleFacts facts) {
        return r.without(c -> facts.isRejected(c.personId(), text));
    }

    /** Second pass: groups left for review whose leading candidate the article supports become links. */
    private void promoteByContext(String body, List<DetectedName> names, Map<Integer, List<Integer>> groups, Map<Integer, Outcome> outcomes,
                                  Function<String, Resolution> resolutions, ArticleFacts facts,
                                  IntFunction<ArticleDescription> described, Map<Integer, String> remarks) {
        Map<Long, List<String>> linkedElsewhere = new HashMap<>();
        outcomes.forEach((group, o) -> {
            if (o.status == MentionStatus.LINKED) {
                groups.get(group).stream().filter(i -> names.get(i).shape() == NameShape.FULL_NAME)
                        .forEach(i -> linkedElsewhere.computeIfAbsent(o.personId, p -> new ArrayList<>()).add(names.get(i).text()));
            }
        });
        for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
            Outcome outcome = outcomes.get(group.getKey());
            if (outcome.status != MentionStatus.NEEDS_REVIEW || !clearLeader(outcome.candidates)
                    || writtenAsRelative(names, group.getValue(), described) || tooShortAlone(names, group.getValue()) != null
                    || fathersNameAlone(names, group.getValue(), outcome.candidates.get(0))
                    || namesake(names, group.getValue(), described, remarks, facts.description(outcome.candidates.get(0).personId())) != null
                    || generations.otherGeneration(body, names, group.getValue(), outcome.candidates.get(0).matchedVariant()) != null) {
                continue;
            }
            String support = support(names, group.getValue(), outcome.candidates, linkedElsewhere, resolutions, facts, described);
            if (support != null) {
                outcomes.put(group.getKey(), Outcome.linked(outcome.candidates, "resolved with the article's context: " + support));
            }
        }
    }

    /**
     * "King Salman" in an article about Mohammed bin Salman: a single word that is the family name of a nasab is the
     * father's own name, and the son being in the article makes the father no less likely (see
     * {@link io.canonym.name.NameResolver}, which never calls it a MATCH either).
     */
    private static boolean fathersNameAlone(List<DetectedName> names, List<Integer> members, Candidate top) {
        return top.matchedVariant() != null && Spellings.endsInNasab(top.matchedVariant())
                && members.stream().allMatch(i -> names.get(i).text().strip().indexOf(' ') < 0);
    }

    /** Jaro-Winkler similarity from which two words of two names may be one word garbled ("shuigu" / "shoigu"). */
    private static final double GARBLE_SIMILARITY = 0.8;

    private static boolean clearLeader(List<Candidate> candidates) {
        if (candidates.isEmpty() || candidates.get(0).score() < CONTEXT_MATCH_THRESHOLD) {
            return false;
        }
        double runnerUp = candidates.size() > 1 ? candidates.get(1).score() : 0;
        return candidates.get(0).score() - runnerUp >= NameResolver.MATCH_MARGIN;
    }

    private boolean writtenAsRelative(List<DetectedName> names, List<Integer> members, IntFunction<ArticleDescription> described) {
        return members.stream().anyMatch(i -> introducedAsRelative(names, i, described) != null);
    }

    /**
     * The words that introduce this mention as someone's relative: a kinship title before it ("his sister"), or an
     * appositive opening its sentence that names a kinship ("The son of the prime minister, Yair Netanyahu,"). Only
     * these two: in many languages a kinship word right before a name makes the name the other relative ("сын
     * Путина", Putin's son), and an appositive after a name may say whose child a famous person is.
     */
    private String introducedAsRelative(List<DetectedName> names, int i, IntFunction<ArticleDescription> described) {
        for (Role role : names.get(i).roles()) {
            if (namesARelation(SearchText.normalize(role.text()))) {
                return role.text();
            }
        }
        String opening = String.join(" ", described.apply(i).opening());
        return namesARelation(opening) ? opening : null;
    }

    /**
     * A kinship word among these folded words, also with a conjunction joined to it in Hebrew and Arabic ("ורעייתו",
     * and his wife).
     */
    private boolean namesARelation(String folded) {
        StringBuilder words = new StringBuilder(" ").append(folded).append(' ');
        for (String word : folded.split(" ")) {
            for (String prefix : conjunctionPrefixes) {
                if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
                    words.append(word.substring(prefix.length())).append(' ');
                }
            }
        }
        String padded = words.toString();
        return relationWords.stream().anyMatch(relation -> padded.contains(" " + relation + " "));
    }

    /**
     * A bare surname repeat introduced as someone's relative: the relative shares the surname, so the repeat is not the
     * person the surname named first (a given name the detector missed, in a script without capitals, leaves just that).
     */
    private String relativeRepeat(List<DetectedName> names, int i, IntFunction<ArticleDescription> described) {
        if (names.get(i).shape() != NameShape.SURNAME_ONLY) {
            return null;
        }
        String relation = introducedAsRelative(names, i, described);
        return relation == null ? null
                : "\"" + names.get(i).text() + "\" is introduced as someone's relative (\"" + relation + "\"), who shares the surname";
    }

    /**
     * Why the article's own words about the group describe someone other than this person, or null: they give it an
     * occupation ("cyclist", "rider") of a sphere of life that none of the description's occupations belongs to
     * ("Foreign Minister of China"). Occupations the article puts in the past ("former comedian") do not count. Or the
     * article says the name is a namesake's: beside the name, or anywhere else about this group ({@link NamesakeRemarks}),
     * unless it introduces the group with a title that fits the person.
     */
    private String namesake(List<DetectedName> names, List<Integer> members, IntFunction<ArticleDescription> described,
                            Map<Integer, String> remarks, String description) {
        String remark = remarkedNamesake(names, members, described, remarks);
        if (remark != null && fittingTitle(names, members, description) == null) {
            // A title that fits the person ("Foreign Minister Liu Fang, whose namesake won ...") names the famous person
            // himself: the remark is about someone else.
            return remark;
        }
        Map<String, String> describedAs = occupations.occupations(description);
        if (describedAs.isEmpty()) {
            return null;
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (int i : members) {
            names.get(i).roles().forEach(role -> written.putAll(occupations.presentOccupations(foldedWords(role.text()))));
            described.apply(i).phrases().forEach(phrase -> written.putAll(occupations.presentOccupations(phrase)));
        }
        if (written.isEmpty() || !Collections.disjoint(written.values(), describedAs.values())) {
            return null;
        }
        return "the article calls this person \"" + String.join(", ", written.keySet()) + "\", which does not fit the description \""
                + description + "\": a namesake?";
    }

    /** What the article says of the group that makes it a namesake's, beside a name or anywhere else, or null. */
    private String remarkedNamesake(List<DetectedName> names, List<Integer> members, IntFunction<ArticleDescription> described,
                                    Map<Integer, String> remarks) {
        String remark = remarks.get(names.get(members.get(0)).group());
        if (remark != null) {
            return remark;
        }
        for (int i : members) {
            ArticleDescription d = described.apply(i);
            for (List<String> words : List.of(d.clause(), d.opening())) {
                String marker = namesakeMarker(words);
                if (marker != null) {
                    return "the article says \"" + marker + "\" of \"" + names.get(i).text() + "\": a namesake";
                }
            }
        }
        return null;
    }

    /** The namesake phrase ("no relation", "shares her name") among these folded words, or null. */
    private String namesakeMarker(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String padded = " " + String.join(" ", words) + " ";
        for (String marker : namesakeMarkers) {
            if (padded.contains(" " + marker + " ")) {
                return marker;
            }
        }
        return null;
    }

    /**
     * Why a group cannot be linked on its own spelling, or null: every spelling that decides it is a single word of one or
     * two letters in an alphabetic script ("ای", a piece of "خامنه‌ای" cut off at its zero width non-joiner; "Al"). Such
     * a word is a fragment or a particle more often than a name; it follows a fuller name it repeats ("Xi" after "Xi
     * Jinping": then the full name decides the group), or a title that introduces it ("President Xi"). In Han, Hangul
     * and kana a character is a syllable, and two make a name ("李强").
     */
    private static String tooShortAlone(List<DetectedName> names, List<Integer> members) {
        List<Integer> deciding = deciding(names, members);
        for (int i : deciding) {
            if (!isShortAlphabeticWord(names.get(i).text())) {
                return null;
            }
        }
        for (int i : members) {
            if (names.get(i).roles().stream().anyMatch(r -> r.kind() == Role.Kind.TITLE)) {
                return null;
            }
        }
        return "\"" + names.get(deciding.get(0)).text() + "\" is too short to name anyone on its own";
    }

    private static boolean isShortAlphabeticWord(String text) {
        int letters = 0;
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                switch (Character.UnicodeScript.of(c)) {
                    case HAN, HANGUL, HIRAGANA, KATAKANA, YI -> {
                        return false;
                    }
                    default -> letters++;
                }
            }
        }
        return letters <= 2;
    }

    /** A text's words, folded as the word lists are. */
    static List<String> foldedWords(String text) {
        String folded = SearchText.normalize(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** What in the article supports this person for the group, or null when nothing does. */
    private String support(List<DetectedName> names, List<Integer> members, List<Candidate> candidates,
                           Map<Long, List<String>> linkedElsewhere, Function<String, Resolution> resolutions, ArticleFacts facts,
                           IntFunction<ArticleDescription> described) {
        long personId = candidates.get(0).personId();
        if (linkedElsewhere.containsKey(personId) && !members.stream()
                .anyMatch(i -> linkedElsewhere.get(personId).stream().anyMatch(other -> anotherMemberOfTheFamily(names.get(i).text(), other)))) {
            return "the same person is named confidently elsewhere in the article";
        }
        for (int i : members) {
            DetectedName name = names.get(i);
            if (name.shape() == NameShape.SURNAME_ONLY) {
                Resolution alone = withoutRejected(resolutions.apply(name.text()), name.text(), facts);
                if (alone.decision() == Decision.MATCH && alone.candidates().get(0).personId() == personId) {
                    return "the repeated \"" + name.text() + "\" is this person's alone";
                }
            }
        }
        String description = facts.description(personId);
        if (description != null) {
            String title = fittingTitle(names, members, description);
            if (title != null) {
                return "\"" + title + "\" fits the description \"" + description + "\"";
            }
            String occupation = fittingOccupation(members, described, description);
            if (occupation != null) {
                return "the article calls this person \"" + occupation + "\", which fits the description \"" + description + "\"";
            }
        }
        double runnerUp = candidates.size() > 1 ? candidates.get(1).score() : 0;
        if (candidates.get(0).score() >= INTRODUCED_MATCH_THRESHOLD && candidates.get(0).score() - runnerUp >= WIDE_MARGIN) {
            for (int i : members) {
                if (!names.get(i).roles().isEmpty()) {
                    Role role = names.get(i).roles().get(names.get(i).roles().size() - 1);
                    return "introduced as \"" + role.text() + "\", and no other known person comes close";
                }
            }
        }
        return null;
    }

    /**
     * Two names in one article that share a word as written but differ clearly in another ("Lee Jae-yong" beside
     * "Lee Jae Myung", "Kim Yo-jong" beside "Kim Jong-un") name two people of one family, or namesakes: the second is
     * not a garbled spelling of the first, as "Sergei Shuigu" beside "Sergei Shoigu" is.
     */
    static boolean anotherMemberOfTheFamily(String name, String other) {
        List<String> words = nameWords(name);
        List<String> otherWords = nameWords(other);
        if (words.stream().noneMatch(otherWords::contains)) {
            return false;
        }
        for (String word : words) {
            if (otherWords.contains(word)) {
                continue;
            }
            double closest = 0;
            for (String o : otherWords) {
                if (!words.contains(o)) {
                    closest = Math.max(closest, Spellings.similarity(word, o));
                }
            }
            if (closest < GARBLE_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    private static List<String> nameWords(String name) {
        return List.of(SearchText.normalize(name).split("[\\s\\p{Pd}]+"));
    }

    /** A title or nationality written before a member of the group that fits the description ("Foreign Minister"), or null. */
    private String fittingTitle(List<DetectedName> names, List<Integer> members, String description) {
        if (description == null) {
            return null;
        }
        for (int i : members) {
            for (Role role : names.get(i).roles()) {
                if (fittingWord(role.text(), description) != null) {
                    return role.text();
                }
            }
        }
        return null;
    }

    /** An occupation the article gives the person beside the name that the description also names ("minister"). */
    private String fittingOccupation(List<Integer> members, IntFunction<ArticleDescription> described, String description) {
        for (int i : members) {
            for (List<String> phrase : described.apply(i).phrases()) {
                for (String occupation : occupations.presentOccupations(phrase).keySet()) {
                    if (fittingWord(occupation, description) != null) {
                        return occupation;
                    }
                }
            }
        }
        return null;
    }

    /** A word of the role that the description also has (or a word of the same stem: Ukrainian, Ukraine). */
    private String fittingWord(String role, String description) {
        List<String> described = informativeWords(description);
        for (String word : informativeWords(role)) {
            for (String other : described) {
                if (sameStem(word, other)) {
                    return word;
                }
            }
        }
        return null;
    }

    private List<String> informativeWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SearchText.normalize(text).split(" ")) {
            if (word.length() >= 3 && !roleStopWords.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 5;
    }

    /** A repeat that may be any of several people named earlier: linked only if they all turned out to be one. */
    private static Outcome ambiguousRepeat(DetectedName name, Map<Integer, Outcome> outcomes) {
        Map<Long, Candidate> people = new LinkedHashMap<>();
        boolean allLinked = true;
        for (int group : name.possibleGroups()) {
            Outcome o = outcomes.get(group);
            allLinked &= o != null && o.status == MentionStatus.LINKED;
            if (o != null && !o.candidates.isEmpty()) {
                Candidate lead = o.candidates.get(0);
                people.putIfAbsent(lead.personId(), lead);
            }
        }
        List<Candidate> candidates = List.copyOf(people.values());
        if (allLinked && candidates.size() == 1) {
            return Outcome.linked(candidates, "every earlier person this may repeat is the same person");
        }
        return Outcome.review(candidates, "\"" + name.text() + "\" may repeat any of several people named in the article");
    }

    /** A word list's lines ({@link ResourceLines}), normalised as the linker compares words. */
    static List<String> readWords(String resource) {
        return ResourceLines.read(resource).stream().map(SearchText::normalize).toList();
    }
}
