package io.canonym.name;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Scores how well a query reading matches one stored reading, in [0,1], and explains why.
 *
 * <p>Tokens are aligned regardless of order (name order varies across sources); two adjacent tokens
 * may also align with one written as a single word ("Jong-un" / "Jongun", "Chi Fu" / "Xifu").
 * Each token weighs by its rarity in the index, so a shared rare surname counts far more than a
 * shared "Muhammad". The score blends two coverages:
 * <ul>
 *   <li>query coverage: how much of what the user typed is explained (extra unknown words hurt);</li>
 *   <li>name coverage: how much of the stored name was found; a missing surname or first given
 *   name hurts, missing middle names and patronymics only a little.</li>
 * </ul>
 */
final class NameScorer {
    /**
     * A matched surname weighs a little more than a given name of the same rarity. Rarity already says most of what a
     * word tells about identity; calibrated with {@link #MISSING_SURNAME} and {@link #QUERY_SHARE} on the development half
     * of the evaluation (docs/name-resolution.md), where 1.3 ranked relatives sharing a surname above the person.
     */
    static final double SURNAME_BOOST = 1.04;
    /**
     * A stored surname the query lacks costs less than its weight: which word is the surname is itself an inference
     * (name order varies by source), and aliases often keep the given names while the family name changes (cover
     * names, a woman's maiden name). A query lacking the surname can never be a MATCH anyway (see NameResolver), so
     * this only orders candidates.
     */
    private static final double MISSING_SURNAME = 0.42;
    private static final double MISSING_FIRST_GIVEN = 0.6;
    private static final double MISSING_OTHER_GIVEN = 0.25;
    private static final double INITIAL_WEIGHT = 0.35;
    /** A patronymic in the query that the stored name lacks weighs little: many sources leave it out. */
    private static final double PATRONYMIC_WEIGHT = 0.2;
    /** Share of query coverage in the score (the rest is name coverage): what was written counts a little more. */
    private static final double QUERY_SHARE = 0.605;
    private static final double CROSS_ROLE = 0.95;
    /**
     * A given name of one side aligned with a later given name of the other, when exactly one of the two is its
     * side's first given name ("Muhammad Muammar" against "Muammar"). The first given name is a person's own; the
     * ones after it are, in an Arabic nasab ("SURNAME, Own Father Grandfather", "Own bin Father"), a father's and
     * grandfather's, so a name found only in that later place more likely names the father or a relative listed under
     * his own name than the person: weaker evidence than the same name found in the first place. Not for East-Asian
     * given names, whose words are syllables of one name ("Yong Chol"). 0.9 on the development half of the
     * evaluation (0.8 lowered its top-1).
     */
    private static final double SHIFTED_GIVEN = 0.9;
    /** An Arabic article written onto one side's word only ("alfayyadh" / "fayyadh"): nearly the same word. */
    private static final double ARTICLE_FACTOR = 0.95;
    /** Longest pair of adjacent words compared as one ("Malekouti Pour" / "Malakotipour"). */
    private static final int MAX_JOINED_LENGTH = 16;
    /** See {@link #mayMatchJoined}. */
    private static final double JOINED_PREFILTER = 0.6;
    /** Token similarity from which a surname counts as matched. */
    static final double STRONG = 0.85;

    record Scored(double score, boolean surnameMatched, int unexplainedQueryWords, List<String> explanation) {
    }

    /** A token or two adjacent tokens of one side. */
    private record Unit(int start, int length, TokenProfile profile) {
    }

    private record Pair(Unit q, Unit v, TokenSimilarity.Match match) {
    }

    private final TokenSimilarity similarity;
    private final java.util.function.Function<String, TokenProfile> profiles;

    /** @param profiles supplies (ideally cached) profiles, used for tokens written together ("jongun") */
    NameScorer(GivenNameEquivalents equivalents, java.util.function.Function<String, TokenProfile> profiles) {
        this.similarity = new TokenSimilarity(equivalents);
        this.profiles = profiles;
    }

    Scored score(TokenProfile[] query, boolean[] querySurname, TokenProfile[] variant, boolean[] variantSurname,
            ToDoubleFunction<String> rarity, boolean explain) {
        return score(query, querySurname, null, variant, variantSurname, false, rarity, explain);
    }

    Scored score(TokenProfile[] query, boolean[] querySurname, TokenProfile[] variant, boolean[] variantSurname,
            boolean consonantal, ToDoubleFunction<String> rarity, boolean explain) {
        return score(query, querySurname, null, variant, variantSurname, consonantal, rarity, explain);
    }

    /**
     * @param queryLineage per query word, whether it names an ancestor (nasab); null when none does
     * @param consonantal either side was read from a script without short vowels (Arabic, Hebrew)
     */
    Scored score(TokenProfile[] query, boolean[] querySurname, boolean[] queryLineage, TokenProfile[] variant,
            boolean[] variantSurname, boolean consonantal, ToDoubleFunction<String> rarity, boolean explain) {
        List<Unit> qUnits = queryUnits(query);
        List<Unit> vUnits = units(variant, query);
        List<Pair> pairs = new ArrayList<>();
        for (Unit qu : qUnits) {
            for (Unit vu : vUnits) {
                if (qu.length == 2 && vu.length == 2 || twoSyllablesAgainstOne(qu, query, vu, variant)) {
                    continue;
                }
                TokenSimilarity.Match m = similarity.compare(qu.profile, vu.profile, consonantal);
                if (m.similarity() < STRONG && qu.length == 1 && vu.length == 1) {
                    m = withoutArticle(qu.profile, vu.profile, consonantal, m);
                }
                if (m.similarity() >= 0.6 && (qu.length == 1 && vu.length == 1 || m.similarity() >= 0.8)) {
                    pairs.add(new Pair(qu, vu, m));
                }
            }
        }
        pairs.sort((a, b) -> {
            int c = Double.compare(b.match.similarity(), a.match.similarity());
            return c != 0 ? c : Integer.compare(a.q.length + a.v.length, b.q.length + b.v.length);
        });
        boolean[] qUsed = new boolean[query.length];
        boolean[] vUsed = new boolean[variant.length];
        double matched = 0;
        double matchedWeight = 0;
        boolean surnameMatched = false;
        int matchedTokens = 0;
        List<String> lines = explain ? new ArrayList<>() : null;
        int qFirstGiven = firstGiven(querySurname);
        int vFirstGiven = firstGiven(variantSurname);
        for (Pair p : pairs) {
            if (used(qUsed, p.q) || used(vUsed, p.v)) {
                continue;
            }
            mark(qUsed, p.q);
            mark(vUsed, p.v);
            double w = 0;
            boolean isSurname = false;
            for (int i = p.v.start; i < p.v.start + p.v.length; i++) {
                isSurname |= variantSurname[i];
                w += rarity.applyAsDouble(variant[i].text) * (variantSurname[i] ? SURNAME_BOOST : 1.0);
            }
            if (p.match.kind() == TokenSimilarity.Kind.INITIAL) {
                w *= INITIAL_WEIGHT;
            }
            surnameMatched |= isSurname && p.match.similarity() >= STRONG;
            double sim = p.match.similarity();
            boolean shifted = false;
            if (p.q.length == 1 && p.v.length == 1 && query.length > 1 && variant.length > 1
                    && querySurname[p.q.start] != variantSurname[p.v.start]) {
                sim *= CROSS_ROLE; // the query's surname matched a given name, or the reverse: weaker evidence
            } else if (shiftedGiven(p, querySurname, variantSurname, qFirstGiven, vFirstGiven)) {
                sim *= SHIFTED_GIVEN; // one side's own name is the other's father's (see SHIFTED_GIVEN)
                shifted = true;
            }
            // Cubed so that several middling resemblances cannot add up to a confident match.
            matched += w * sim * sim * sim;
            matchedWeight += w;
            matchedTokens += p.q.length;
            if (explain) {
                lines.add(describe(p, isSurname) + (shifted ? " (a first given name against a later one, which may be a father's)" : ""));
            }
        }
        double queryMissing = 0;
        double previousQueryMissing = 0;
        int unexplained = 0;
        for (int i = 0; i < query.length; i++) {
            double missingBefore = queryMissing;
            if (!qUsed[i] && NameNormalizer.isPatronymic(query[i].text)) {
                // Newsrooms and lists often store names without the patronymic: its absence is weak evidence.
                queryMissing += Math.min(PATRONYMIC_WEIGHT, rarity.applyAsDouble(query[i].text));
                if (explain) {
                    lines.add("patronymic '" + query[i].text + "' not in this name (often left out)");
                }
            } else if (!qUsed[i] && queryLineage != null && queryLineage[i]) {
                // The same for an ancestor's name after "bin"/"ben": the person is the same with or without it.
                queryMissing += Math.min(PATRONYMIC_WEIGHT, rarity.applyAsDouble(query[i].text));
                if (explain) {
                    lines.add("ancestor's name '" + query[i].text + "' (after bin/ben) not in this name (often left out)");
                }
            } else if (!qUsed[i] && compoundPart(query, i) && !qUsed[i - 1]) {
                // The second part of one compound name ("Abd al-Rahman"): with the first part missing too, the name
                // counts as one word, as much as its rarer part.
                queryMissing += Math.max(0, Math.min(1.0, rarity.applyAsDouble(query[i].text)) - previousQueryMissing);
                if (explain) {
                    lines.add("query word '" + query[i].text + "' not found in this name");
                }
            } else if (!qUsed[i]) {
                unexplained += query[i].isInitial() ? 0 : 1;
                queryMissing += query[i].isInitial() ? INITIAL_WEIGHT : Math.min(1.0, rarity.applyAsDouble(query[i].text));
                if (explain) {
                    lines.add("query word '" + query[i].text + "' not found in this name");
                }
            }
            previousQueryMissing = queryMissing - missingBefore;
        }
        double variantMissing = 0;
        double previousMissing = 0;
        boolean firstGivenSeen = false;
        boolean anySurname = false;
        for (int i = 0; i < variant.length; i++) {
            anySurname |= variantSurname[i];
            boolean firstGiven = !variantSurname[i] && !firstGivenSeen;
            firstGivenSeen |= !variantSurname[i];
            if (vUsed[i]) {
                previousMissing = 0;
                continue;
            }
            double factor = variantSurname[i] ? MISSING_SURNAME : firstGiven ? MISSING_FIRST_GIVEN : MISSING_OTHER_GIVEN;
            double missing = factor * rarity.applyAsDouble(variant[i].text) * (variantSurname[i] ? SURNAME_BOOST : 1.0);
            if (compoundPart(variant, i) && !vUsed[i - 1]) {
                // One compound name ("Abdallah" is stored as "abd allah") left out counts as one name, not two.
                missing = Math.max(0, missing - previousMissing);
            }
            previousMissing = missing;
            variantMissing += missing;
            if (explain) {
                lines.add((variantSurname[i] ? "surname '" : "given name '") + variant[i].text + "' missing from query");
            }
        }
        if (matchedWeight == 0) {
            return new Scored(0, false, query.length, explain ? lines : List.of());
        }
        double queryCoverage = matched / (matchedWeight + queryMissing);
        double nameCoverage = matched / (matchedWeight + variantMissing);
        double score = QUERY_SHARE * queryCoverage + (1 - QUERY_SHARE) * nameCoverage;
        return new Scored(score, surnameMatched || !anySurname, unexplained, explain ? lines : List.of());
    }

    /** The position of the first word not marked as the surname, or -1. */
    private static int firstGiven(boolean[] surname) {
        for (int i = 0; i < surname.length; i++) {
            if (!surname[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a pair of single given names is one side's first given name and a later given name of the other (see
     * {@link #SHIFTED_GIVEN}).
     */
    private static boolean shiftedGiven(Pair p, boolean[] querySurname, boolean[] variantSurname, int qFirstGiven,
            int vFirstGiven) {
        if (p.q.length != 1 || p.v.length != 1 || querySurname[p.q.start] || variantSurname[p.v.start]
                || (p.q.start == qFirstGiven) == (p.v.start == vFirstGiven)) {
            return false;
        }
        // The words of an East-Asian given name are its syllables ("Yong Chol"), not a father's name.
        return !p.q.profile.isOneKoreanSyllable() && !p.v.profile.isOneKoreanSyllable();
    }

    /** Whether token {@code i} is the second word of an Arabic compound the normaliser split ("abd" + name, name + "allah"/"din"). */
    private static boolean compoundPart(TokenProfile[] tokens, int i) {
        return i > 0 && (tokens[i - 1].text.equals("abd") || tokens[i].text.equals("allah") || tokens[i].text.equals("din"));
    }

    /**
     * "AL-FAYYADH" is stored as "fayyadh" (the particle rule splits the hyphenated article off) but written
     * "ALFAYYADH" too: compares with the article taken off either side, when that reads much closer.
     */
    private TokenSimilarity.Match withoutArticle(TokenProfile q, TokenProfile v, boolean consonantal,
            TokenSimilarity.Match direct) {
        TokenSimilarity.Match best = direct;
        String qBare = ArabicCompounds.withoutArticle(q.text);
        String vBare = ArabicCompounds.withoutArticle(v.text);
        if (qBare != null && vBare == null) {
            best = closer(best, similarity.compare(profiles.apply(qBare), v, consonantal));
        } else if (vBare != null && qBare == null) {
            best = closer(best, similarity.compare(q, profiles.apply(vBare), consonantal));
        }
        return best;
    }

    private static TokenSimilarity.Match closer(TokenSimilarity.Match current, TokenSimilarity.Match bare) {
        double sim = bare.similarity() * ARTICLE_FACTOR;
        return bare.similarity() >= STRONG && sim > current.similarity()
                ? new TokenSimilarity.Match(sim, TokenSimilarity.Kind.CONVENTION, "Arabic article written onto the word")
                : current;
    }

    /**
     * The words of one side, and its adjacent pairs written as one. A stored pair is only worth profiling when a query
     * word could match it: see {@link #mayMatchJoined}.
     */
    private List<Unit> units(TokenProfile[] tokens, TokenProfile[] otherSide) {
        List<Unit> units = new ArrayList<>(tokens.length * 2);
        for (int i = 0; i < tokens.length; i++) {
            units.add(new Unit(i, 1, tokens[i]));
        }
        ProfilePairCache<TokenProfile> memo = null;
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (tokens[i].isInitial() || tokens[i + 1].isInitial() || tokens[i].text.length() + tokens[i + 1].text.length() > MAX_JOINED_LENGTH) {
                continue;
            }
            String joined = tokens[i].text + tokens[i + 1].text;
            if (otherSide == null || mayMatchJoined(joined, otherSide)) {
                // The memo is looked up once per call: a thread's many thread-locals make each lookup a probe.
                memo = memo != null ? memo : joinedMemo.get();
                units.add(new Unit(i, 2, joined(tokens[i], tokens[i + 1], joined, memo)));
            }
        }
        return units;
    }

    /**
     * Whether some query word resembles two stored words written as one enough that profiling the pair may pay.
     * Profiling (six transliteration readings) is the costliest step of scoring, and a candidate's pairs rarely
     * match anything. A pair matches a word (at 0.8 or more) by spelling, sound or convention; all of these leave the
     * two spellings alike as written (Jaro-Winkler ≥ 0.6: "xifu" / "chifu" 0.78, "abdallah" / "abdullah" 0.93), or
     * the word is an initial of the pair.
     */
    private static boolean mayMatchJoined(String joined, TokenProfile[] query) {
        for (TokenProfile q : query) {
            if (q.isInitial() ? q.text.charAt(0) == joined.charAt(0) : JaroWinkler.similarityFrom(q.text, joined, JOINED_PREFILTER) >= JOINED_PREFILTER) {
                return true;
            }
        }
        return false;
    }

    /**
     * A query is scored against dozens of candidates in a row: its units are made once (per thread, for the last query
     * array seen; the resolver makes a new array per query and never changes one).
     */
    /**
     * Two Korean syllables written as one word ("Changha") against one syllable of the other name ("Song"): a
     * given name's syllables may be written together or apart, but one syllable is never two.
     */
    private static boolean twoSyllablesAgainstOne(Unit q, TokenProfile[] query, Unit v, TokenProfile[] variant) {
        if (q.length == v.length) {
            return false;
        }
        return q.length == 2 ? joinsTwoSyllables(q, query) && v.profile.isOneKoreanSyllable()
                : joinsTwoSyllables(v, variant) && q.profile.isOneKoreanSyllable();
    }

    private static boolean joinsTwoSyllables(Unit joined, TokenProfile[] tokens) {
        return tokens[joined.start].isOneKoreanSyllable() && tokens[joined.start + 1].isOneKoreanSyllable();
    }

    private List<Unit> queryUnits(TokenProfile[] query) {
        LastQuery last = lastQuery.get();
        if (last.query != query) {
            last.units = units(query, null);
            last.query = query;
        }
        return last.units;
    }

    private final ThreadLocal<LastQuery> lastQuery = ThreadLocal.withInitial(LastQuery::new);

    private static final class LastQuery {
        TokenProfile[] query;
        List<Unit> units;
    }

    /**
     * The profile of two adjacent words written as one. Every candidate's words are joined pairwise at every query,
     * and profiling a word (its readings in six conventions) costs far more than scoring it: per thread, the last
     * joins are remembered by the identity of the two profiles (the index shares one per word).
     */
    private TokenProfile joined(TokenProfile first, TokenProfile second, String joinedText, ProfilePairCache<TokenProfile> memo) {
        TokenProfile known = memo.get(first, second, false);
        if (known != null) {
            return known;
        }
        TokenProfile profile = profiles.apply(joinedText);
        memo.put(first, second, false, profile);
        return profile;
    }

    private final ThreadLocal<ProfilePairCache<TokenProfile>> joinedMemo = ThreadLocal.withInitial(() -> new ProfilePairCache<>(1 << 13));

    private static boolean used(boolean[] used, Unit u) {
        for (int i = u.start; i < u.start + u.length; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, Unit u) {
        for (int i = u.start; i < u.start + u.length; i++) {
            used[i] = true;
        }
    }

    private static String describe(Pair p, boolean surname) {
        String role = surname ? "surname" : "given name";
        String q = "'" + p.q.profile.text + "'";
        String v = "'" + p.v.profile.text + "'";
        TokenSimilarity.Match m = p.match;
        switch (m.kind()) {
            case EXACT:
                return role + " " + q + " = " + v;
            case EQUIVALENT:
                return role + " " + q + " = " + v + " (equivalent names)";
            case CONVENTION:
                return role + " " + q + " = " + v + " (same name in another transliteration: " + m.detail() + ")";
            case PHONETIC:
                return role + " " + q + " ~ " + v + " (phonetic key " + m.detail() + ")";
            case INITIAL:
                return "initial " + q + " ~ " + role + " " + v;
            default:
                return role + " " + q + " ~ " + v + String.format(java.util.Locale.ROOT, " (similar spelling %.2f)", m.similarity());
        }
    }
}
