package io.canonym.mention.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the spans that refer to the same person within one article and decides the lone words.
 *
 * <p>Full names found earlier found the groups; a later lone word that is the family name ("Kim",
 * "Zelensky") or the given name ("Lauren") of exactly one of them joins that group, and of two or more
 * ("Kim" after "Kim Jong-un" and "Kim Yo-jong") is ambiguous. A lone word before any full name (a headline
 * "Zelensky meets ...") looks at the full names after it instead. Relatives are other full names, so
 * "his sister Kim Yo-jong" or "Olena Zelenska" found their own groups and never merge into the famous one.
 */
final class RepeatGrouper {
    /** A person within the article: the proposals that name them, first full mention first. */
    static final class Group {
        final List<Proposal> members = new ArrayList<>();

        Proposal founder() {
            return members.get(0);
        }
    }

    /** The outcome for one kept proposal. */
    record Placed(Proposal proposal, NameShape shape, Group group, List<Group> possible) {
    }

    private RepeatGrouper() {
    }

    /** Proposals must not overlap and must be in text order. */
    static List<Placed> group(List<Proposal> proposals, String text) {
        List<Group> fullGroups = new ArrayList<>();
        Map<Proposal, Group> groupOf = new HashMap<>();
        for (Proposal p : proposals) {
            if (p.isFullName() && p.confirmed) {
                Group g = fullGroups.stream().filter(x -> sameFullName(x.founder(), p)).findFirst().orElse(null);
                if (g == null) {
                    g = new Group();
                    fullGroups.add(g);
                }
                g.members.add(p);
                groupOf.put(p, g);
            }
        }
        List<Placed> placed = new ArrayList<>();
        List<Proposal> undecided = new ArrayList<>();
        Map<String, Group> singleGroups = new HashMap<>();
        for (Proposal p : proposals) {
            if (p.isFullName()) {
                if (p.confirmed) {
                    placed.add(new Placed(p, NameShape.FULL_NAME, groupOf.get(p), List.of()));
                }
                continue;
            }
            String word = p.parts.get(0);
            Set<Group> surnameOf = new LinkedHashSet<>();
            Set<Group> givenOf = new LinkedHashSet<>();
            matches(fullGroups, p, word, true, surnameOf, givenOf);
            if (surnameOf.isEmpty() && givenOf.isEmpty()) {
                matches(fullGroups, p, word, false, surnameOf, givenOf);
            }
            if (surnameOf.isEmpty() && givenOf.isEmpty()) {
                middleMatches(fullGroups, p, word, surnameOf);
            }
            Set<Group> all = new LinkedHashSet<>(surnameOf);
            all.addAll(givenOf);
            if (all.size() == 1) {
                Group g = all.iterator().next();
                g.members.add(p);
                p.evidence.add(Evidence.REPEAT);
                placed.add(new Placed(p, surnameOf.isEmpty() ? NameShape.GIVEN_NAME_ONLY : NameShape.SURNAME_ONLY,
                        g, List.of()));
            } else if (all.size() > 1) {
                Group own = new Group();
                own.members.add(p);
                p.evidence.add(Evidence.REPEAT);
                placed.add(new Placed(p, surnameOf.isEmpty() ? NameShape.GIVEN_NAME_ONLY : NameShape.SURNAME_ONLY,
                        own, List.copyOf(all)));
            } else if (p.confirmed) {
                // "President Macron ... Macron said": a single name repeats itself.
                Group g = singleGroups.computeIfAbsent(word, k -> new Group());
                boolean repeat = !g.members.isEmpty();
                g.members.add(p);
                if (repeat) {
                    p.evidence.add(Evidence.REPEAT);
                }
                placed.add(new Placed(p, NameShape.SINGLE_NAME, g, List.of()));
            } else if (singleGroups.containsKey(word)) {
                Group g = singleGroups.get(word);
                g.members.add(p);
                p.evidence.add(Evidence.REPEAT);
                placed.add(new Placed(p, NameShape.SINGLE_NAME, g, List.of()));
            } else {
                undecided.add(p);
            }
        }
        placeCoordinated(undecided, placed, text, singleGroups);
        placed.sort(java.util.Comparator.comparingInt(x -> x.proposal().start));
        return placed;
    }

    /**
     * "Modi and Putin discussed": a lone capitalised word joined by "and", "or" or a comma to a name is a
     * name too (the lists have already ruled out places, agencies and months).
     */
    private static void placeCoordinated(List<Proposal> undecided, List<Placed> placed, String text,
                                         Map<String, Group> singleGroups) {
        for (Proposal p : undecided) {
            boolean coordinated = false;
            for (Placed other : placed) {
                Proposal o = other.proposal();
                if (o.end <= p.start && isCoordination(text.substring(o.end, p.start))
                        || p.end <= o.start && isCoordination(text.substring(p.end, o.start))) {
                    coordinated = true;
                    break;
                }
            }
            if (coordinated) {
                Group g = singleGroups.computeIfAbsent(p.parts.get(0), k -> new Group());
                g.members.add(p);
                placed.add(new Placed(p, NameShape.SINGLE_NAME, g, List.of()));
            }
        }
    }

    private static boolean isCoordination(String gap) {
        return gap.equals(" and ") || gap.equals(" or ") || gap.equals(", ") || gap.equals(" & ") || gap.equals(" и ");
    }

    /** Groups whose founding full name has this family or given name, among those before (or after) p. */
    private static void matches(List<Group> groups, Proposal p, String word, boolean before,
                                Set<Group> surnameOf, Set<Group> givenOf) {
        for (Group g : groups) {
            Proposal f = g.founder();
            if (before != (f.start < p.start)) {
                continue;
            }
            if (f.family().equals(word)) {
                surnameOf.add(g);
            } else if (f.given().equals(word)) {
                givenOf.add(g);
            }
        }
    }

    /**
     * A word inside a longer earlier full name ("Lula" of "Luiz Inacio Lula da Silva", "Garcia" of "Gabriel
     * Garcia Marquez"): Portuguese and Spanish names carry several family names, any of which is repeated.
     */
    private static void middleMatches(List<Group> groups, Proposal p, String word, Set<Group> surnameOf) {
        for (Group g : groups) {
            Proposal f = g.founder();
            if (f.start < p.start && f.parts.size() >= 3 && f.parts.subList(1, f.parts.size() - 1).contains(word)) {
                surnameOf.add(g);
            }
        }
    }

    /** "Kim Jong-un" and "Kim Jong Un"; "Sergei Shoigu" and "Sergei Kuzhugetovich Shoigu"; "Shoigu, Sergei". */
    private static boolean sameFullName(Proposal a, Proposal b) {
        if (String.join("", a.parts).replace("-", "").equals(String.join("", b.parts).replace("-", ""))) {
            return true;
        }
        // "Shoigu, Sergei" and "Sergei Shoigu": an inverted name has its family name first, whatever the other's order.
        return (a.familyNameFirst == b.familyNameFirst || a.inverted || b.inverted)
                && a.family().equals(b.family()) && a.given().equals(b.given());
    }
}
