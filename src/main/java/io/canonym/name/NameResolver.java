package io.canonym.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a written name to the known people it may denote, and decides whether one is a confident match.
 *
 * <p>A MATCH needs three things: a high score, the stored surname actually matched (a shared given
 * name alone never identifies anyone), and a clear lead over the best other person. The last rule is
 * what stops relatives sharing a surname, namesakes, and bare common surnames ("Kim") from matching.
 */
public final class NameResolver {
    /**
     * Score at or above which a clear leader is a MATCH for a name written in Latin letters; calibrated on the
     * evaluation sets for MATCH precision ≥ 99 % (docs/name-resolution.md).
     */
    public static final double MATCH_THRESHOLD = 0.82;
    /**
     * The same for a query read through a transliteration (Cyrillic, Arabic, Hangul, Han…): every such
     * reading is an approximation, so the same person scores systematically lower than in Latin spelling.
     */
    public static final double TRANSLITERATED_MATCH_THRESHOLD = 0.75;
    /**
     * A query of at most two words that leaves out part of the stored name ("KHAN, Mohammed" against
     * "KHAN, Haji Mohammad") fits many people with a common surname and given name: it needs this score.
     */
    public static final double PARTIAL_TWO_WORD_THRESHOLD = 0.90;
    /**
     * A garbled spelling ("Voldimi Zelensky", "Sergei Shuigu") scores below the thresholds above, yet when nobody
     * else comes near, it can only mean this person: with a lead of {@link #DISTINCT_LEAD} over the best other
     * person, this score suffices (calibrated like the others, docs/name-resolution.md).
     */
    public static final double DISTINCT_MATCH_THRESHOLD = 0.72;
    public static final double DISTINCT_LEAD = 0.25;
    /** Minimum lead over the best other person for a MATCH. */
    public static final double MATCH_MARGIN = 0.12;
    /** Below this nobody is considered plausible. */
    public static final double PLAUSIBLE_THRESHOLD = 0.55;
    private static final int CANDIDATE_POOL = 64;

    private final NameIndex index;
    private final NameScorer scorer;

    public NameResolver(NameIndex index) {
        this.index = index;
        this.scorer = new NameScorer(index.equivalents(), index::profile);
    }

    /** The index this resolver reads. */
    public NameIndex index() {
        return index;
    }

    /** Resolves {@code name}; never throws on odd input, which simply resolves to NO_MATCH. */
    public Resolution resolve(String name, int limit) {
        NormalizedName normalized = index.normalizer().normalize(name);
        if (normalized.isEmpty() || limit <= 0) {
            return Resolution.noMatch();
        }
        return index.read(() -> resolveLocked(name, normalized, limit));
    }

    /** A reading of the query with what scoring needs of it, made once per query. */
    private record QueryReading(NameReading reading, TokenProfile[] profiles, boolean[] surnames, boolean[] lineages) {
    }

    private record Best(NameIndex.StoredVariant variant, NameScorer.Scored scored, QueryReading query,
                        NameIndex.StoredReading storedReading) {
        NameReading queryReading() {
            return query.reading();
        }
    }

    private Resolution resolveLocked(String name, NormalizedName normalized, int limit) {
        List<QueryReading> queries = new ArrayList<>();
        List<TokenProfile[]> queryReadings = new ArrayList<>();
        for (NameReading r : normalized.readings()) {
            QueryReading q = new QueryReading(r, index.profiles(r), r.surnames(), r.lineages());
            queries.add(q);
            queryReadings.add(q.profiles());
        }
        Map<Long, Best> byPerson = new HashMap<>();
        for (NameIndex.StoredVariant v : index.candidates(queryReadings, CANDIDATE_POOL)) {
            for (QueryReading q : queries) {
                for (NameIndex.StoredReading sr : v.readings()) {
                    boolean consonantal = isConsonantal(q.reading().how()) || isConsonantal(sr.how());
                    NameScorer.Scored s = scorer.score(q.profiles(), q.surnames(), q.lineages(),
                            sr.tokens(), sr.surname(), consonantal, index::rarity, false);
                    Best current = byPerson.get(v.personId());
                    if (current == null || better(s, current.scored)) {
                        byPerson.put(v.personId(), new Best(v, s, q, sr));
                    }
                }
            }
        }
        List<Best> ranked = new ArrayList<>(byPerson.values());
        ranked.sort((a, b) -> better(a.scored, b.scored) ? -1 : better(b.scored, a.scored) ? 1
                : Long.compare(a.variant.personId(), b.variant.personId()));
        if (ranked.isEmpty() || ranked.get(0).scored.score() < PLAUSIBLE_THRESHOLD) {
            return new Resolution(Decision.NO_MATCH, explainAll(ranked, normalized, limit, 0.3));
        }
        Best top = ranked.get(0);
        double runnerUp = ranked.size() > 1 ? ranked.get(1).scored.score() : 0;
        // A query word the name does not explain often names a relative ("Hannibal Muammar Qadhafi"): never MATCH.
        double lead = top.scored.score() - runnerUp;
        boolean confident = top.scored.score() >= matchThreshold(top, lead) && top.scored.surnameMatched()
                && top.scored.unexplainedQueryWords() == 0
                && lead >= MATCH_MARGIN
                && !fathersNameAlone(top, name);
        return new Resolution(confident ? Decision.MATCH : Decision.AMBIGUOUS,
                explainAll(ranked, normalized, limit, PLAUSIBLE_THRESHOLD - 0.15));
    }

    /**
     * "Salman" against "Mohammed bin Salman": the word after "bin" is the father's own name, so one word alone may as
     * well be the father (King Salman) as the son who goes by "bin Salman". Written with its "bin", it is the son's.
     */
    private static boolean fathersNameAlone(Best top, String query) {
        // The one-word test first: it spares every other query the splitting of two spellings into words.
        return top.queryReading().tokens().size() == 1 && NameNormalizer.endsInNasab(top.variant.spelling())
                && !NameNormalizer.hasNasabParticle(query);
    }

    /** The score a clear leader needs for a MATCH (see the constants). */
    private static double matchThreshold(Best top, double lead) {
        boolean latin = "as written".equals(top.queryReading().how()) && "as written".equals(top.storedReading.how());
        double threshold = latin ? MATCH_THRESHOLD : TRANSLITERATED_MATCH_THRESHOLD;
        if (lead >= DISTINCT_LEAD) {
            threshold = Math.min(threshold, DISTINCT_MATCH_THRESHOLD);
        }
        if ((top.queryReading().tokens().size() == 2 || nameElements(top.queryReading()) == 2) && storedWords(top) > 2) {
            threshold = Math.max(threshold, PARTIAL_TWO_WORD_THRESHOLD);
        }
        return threshold;
    }

    /**
     * The names a query reading consists of: its words, a kunya ("Abu Bakr") counting as one name, so "Ahmad, Abu Bakr"
     * is a two-name query like "KHAN, Mohammed". Compounds the normaliser split ("Abdallah" is "abd allah") are not
     * merged here: counting them as one name made cross-script matches of Arabic names needlessly strict (UN
     * native-script MATCH recall 63 % → 59 % in the evaluation, precision unchanged).
     */
    static int nameElements(NameReading reading) {
        List<NameToken> tokens = reading.tokens();
        int elements = 0;
        for (int i = 0; i < tokens.size(); i++) {
            elements += i > 0 && tokens.get(i - 1).text().equals("abu") ? 0 : 1;
        }
        return elements;
    }

    /**
     * Words of the stored spelling as written (titles such as "Haji" included: they are part of how the
     * person is listed), not counting patronymics, which a two-word query customarily leaves out.
     */
    private static int storedWords(Best top) {
        int words = 0;
        for (String w : top.variant.spelling().trim().split("[\\s,]+")) {
            words += w.isEmpty() ? 0 : 1;
        }
        for (TokenProfile t : top.storedReading.tokens()) {
            words -= NameNormalizer.isPatronymic(t.text) ? 1 : 0;
        }
        return words;
    }

    private static boolean isConsonantal(String how) {
        return how.startsWith("Arabic") || how.startsWith("Hebrew");
    }

    private static boolean better(NameScorer.Scored a, NameScorer.Scored b) {
        return a.score() > b.score() + 1e-9;
    }

    private List<Candidate> explainAll(List<Best> ranked, NormalizedName normalized, int limit, double floor) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && out.size() < limit; i++) {
            Best b = ranked.get(i);
            if (b.scored.score() < floor) {
                break;
            }
            boolean consonantal = isConsonantal(b.queryReading().how()) || isConsonantal(b.storedReading.how());
            NameScorer.Scored explained = scorer.score(b.query.profiles(), b.query.surnames(), b.query.lineages(), b.storedReading.tokens(),
                    b.storedReading.surname(), consonantal, index::rarity, true);
            List<String> lines = new ArrayList<>();
            if (!"as written".equals(b.queryReading().how())) {
                lines.add("query read as '" + b.queryReading().text() + "' (" + b.queryReading().how() + ")");
            }
            if (!"as written".equals(b.storedReading.how())) {
                lines.add("stored name read as '" + text(b.storedReading) + "' (" + b.storedReading.how() + ")");
            }
            lines.addAll(normalized.notes());
            lines.addAll(explained.explanation());
            if (i == 0 && !b.scored.surnameMatched()) {
                lines.add("surname not matched: not a confident match");
            }
            if (i == 0 && b.scored.unexplainedQueryWords() > 0) {
                lines.add("query has words this name lacks: not a confident match");
            }
            if (i == 0 && ranked.size() > 1 && b.scored.score() - ranked.get(1).scored.score() < MATCH_MARGIN) {
                lines.add("another person scores almost as high: not a confident match");
            }
            double score = Math.max(0, Math.min(1, b.scored.score()));
            out.add(new Candidate(b.variant.personId(), Math.round(score * 1000) / 1000.0, b.variant.spelling(),
                    b.variant.variantId(), List.copyOf(lines)));
        }
        return out;
    }

    private static String text(NameIndex.StoredReading r) {
        StringBuilder sb = new StringBuilder();
        for (TokenProfile t : r.tokens()) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text);
        }
        return sb.toString();
    }
}
