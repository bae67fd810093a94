package io.canonym.name;

/**
 * How alike two name tokens are, in [0,1], with the reason worded for an editor.
 *
 * <p>The levels are ordered by how much each kind of evidence says about identity: same spelling,
 * equivalent given names, same spelling once transliteration conventions are undone, same consonant
 * skeleton, matching initial, then plain typo similarity.
 */
final class TokenSimilarity {
    static final double EXACT = 1.0;
    static final double EQUIVALENT = 0.97;
    static final double CONVENTION = 0.97;
    static final double INITIAL = 0.8;
    /** Tokens that differ only in vowels, with two consonants ("Foz") or with three or more ("Torgaman"). */
    static final double VOWELS_ONLY_SHORT = 0.85;
    static final double VOWELS_ONLY_LONG = 0.9;
    /** A Korean syllable written with a voiced or a voiceless initial ("Pu" / "Bu"). */
    static final double VOICING = 0.85;

    enum Kind { EXACT, EQUIVALENT, CONVENTION, PHONETIC, INITIAL, SIMILAR, NONE }

    record Match(double similarity, Kind kind, String detail) {
        static final Match NONE = new Match(0, Kind.NONE, "");
    }

    private final GivenNameEquivalents equivalents;

    TokenSimilarity(GivenNameEquivalents equivalents) {
        this.equivalents = equivalents;
    }

    Match compare(TokenProfile q, TokenProfile v) {
        return compare(q, v, false);
    }

    /**
     * @param consonantal one side was read from a script that omits short vowels (Arabic, Hebrew), so
     *                    spelling similarity is meaningless and the consonant skeleton is the evidence
     */
    Match compare(TokenProfile q, TokenProfile v, boolean consonantal) {
        if (q.text.equals(v.text)) {
            return new Match(EXACT, Kind.EXACT, "");
        }
        if (q.isInitial() || v.isInitial()) {
            boolean initialMatches = q.text.charAt(0) == v.text.charAt(0);
            return initialMatches ? new Match(INITIAL, Kind.INITIAL, "") : Match.NONE;
        }
        int group = GivenNameEquivalents.firstCommon(q.groups(), v.groups());
        if (group >= 0) {
            return new Match(EQUIVALENT, Kind.EQUIVALENT, equivalents.label(group));
        }
        if (!ArabicCompounds.mayBePart(q.text, v.text) || !ArabicCompounds.mayBePart(v.text, q.text)) {
            // "abd", "allah", "din" are the normaliser's one spelling of a compound's part, however it was written:
            // a word resembling them with other letters ("Ali" / "allah", "Asad" / "abd") is another name.
            return Match.NONE;
        }
        if (Math.min(q.text.length(), v.text.length()) <= 2) {
            // "sa" and "cha": two letters are too little to infer a transliteration, except a Korean syllable's
            // initial, which McCune-Reischauer writes voiceless and Revised Romanization voiced ("Pu" / "Bu", "To" / "Do")
            return voicingPair(q.text, v.text) ? new Match(VOICING, Kind.CONVENTION, "voiced/voiceless initial") : Match.NONE;
        }
        return compareReadings(q, v, consonantal);
    }

    /**
     * Per thread, the last comparisons of readings. Resolving one name compares its words with the words of hundreds
     * of stored variants, which share their words heavily ("Sergei", "-enko"): what follows is a pure function of the
     * two words, so it is worth remembering, the search for a reading both share included (up to 36 comparisons of
     * strings, through two profiles' keys).
     */
    private final ThreadLocal<ProfilePairCache<Match>> remembered = ThreadLocal.withInitial(() -> new ProfilePairCache<>(1 << 14));

    private Match compareReadings(TokenProfile q, TokenProfile v, boolean consonantal) {
        ProfilePairCache<Match> memo = remembered.get();
        Match known = memo.get(q, v, consonantal);
        if (known != null) {
            return known;
        }
        Match computed = sameReading(q, v);
        if (computed == null) {
            computed = computeSpellings(q, v, consonantal);
        }
        memo.put(q, v, consonantal, computed);
        return computed;
    }

    /** The two words read the same in some transliteration convention, or null. */
    private static Match sameReading(TokenProfile q, TokenProfile v) {
        for (String qf : q.keys().fineForms()) {
            for (String vf : v.keys().fineForms()) {
                if (qf.equals(vf)) {
                    return new Match(CONVENTION, Kind.CONVENTION, qf);
                }
            }
        }
        return null;
    }

    private Match computeSpellings(TokenProfile q, TokenProfile v, boolean consonantal) {
        if (KoreanSyllables.differentInitials(q.koreanSyllables(), v.koreanSyllables())) {
            // "yong" / "myeong": alike in letters, yet two Korean syllables (용, 명); no spelling habit turns one
            // into the other, which is all that the routes below measure.
            return Match.NONE;
        }
        double jw = bestJaroWinkler(q, v);
        String sharedSkeleton = null;
        int skeletonDistance = 9;
        for (String qs : q.keys().skeletons()) {
            for (String vs : v.keys().skeletons()) {
                if (qs.equals(vs)) {
                    sharedSkeleton = qs;
                } else if (qs.length() >= 3 && vs.length() >= 3) {
                    skeletonDistance = Math.min(skeletonDistance, PhoneticKeys.boundedLevenshtein(qs, vs, 1));
                }
            }
        }
        if (consonantal) {
            // Without written vowels "mmr" and "muammar" differ only in vowel-separated repeats: compare
            // the skeletons with every repeat collapsed.
            for (String qs : q.keys().skeletons()) {
                for (String vs : v.keys().skeletons()) {
                    String a = collapse(qs);
                    if (a.length() >= 2 && a.equals(collapse(vs))) {
                        return new Match(a.length() >= 3 ? 0.93 : 0.88, Kind.PHONETIC, a);
                    }
                }
            }
        }
        Match best = Match.NONE;
        // A long shared skeleton is strong evidence; a short one ("SK", "AL") only with similar spelling too.
        if (sharedSkeleton != null && sharedSkeleton.length() >= 3 && jw >= 0.7) {
            best = new Match(0.55 + 0.4 * jw, Kind.PHONETIC, sharedSkeleton);
        } else if (sharedSkeleton != null && jw >= 0.8) {
            best = new Match(0.45 + 0.5 * jw, Kind.PHONETIC, sharedSkeleton);
        }
        String vowelVariant = sameConsonants(q, v);
        if (vowelVariant != null) {
            // Same consonants, other vowels ("Fouz" / "Foz", "Qalei" / "Kalai"): a transliteration difference.
            int consonants = vowelVariant.replace(".", "").length();
            best = closer(best, new Match(consonants >= 3 ? VOWELS_ONLY_LONG : VOWELS_ONLY_SHORT, Kind.PHONETIC,
                    "same consonants " + vowelVariant));
        }
        if (jw >= 0.9) {
            best = closer(best, new Match(0.9 * jw, Kind.SIMILAR, ""));
        }
        if (skeletonDistance <= 1 && jw >= 0.75) {
            best = closer(best, new Match(0.55 + 0.25 * jw, Kind.SIMILAR, ""));
        }
        return best;
    }

    /** Two-letter syllables differing only in a voiced/voiceless initial: b/p, d/t, g/k. */
    private static boolean voicingPair(String a, String b) {
        if (a.length() != 2 || b.length() != 2 || a.charAt(1) != b.charAt(1) || !PhoneticKeys.isVowel(a.charAt(1))) {
            return false;
        }
        String pair = "" + a.charAt(0) + b.charAt(0);
        return pair.equals("bp") || pair.equals("pb") || pair.equals("dt") || pair.equals("td") || pair.equals("gk")
                || pair.equals("kg");
    }

    private static Match closer(Match a, Match b) {
        return b.similarity() > a.similarity() ? b : a;
    }

    /**
     * The consonants both tokens share exactly when that is all they differ in, else null. One side is read as
     * written in English convention, as for Jaro-Winkler: two foreign readings at once ("son" read Hungarian,
     * "chun" read French) would make unrelated names alike.
     */
    private static String sameConsonants(TokenProfile q, TokenProfile v) {
        String found = sameConsonants(q.keys().consonantForms()[0], v.keys().consonantForms());
        return found != null ? found : sameConsonants(v.keys().consonantForms()[0], q.keys().consonantForms());
    }

    private static String sameConsonants(String english, String[] others) {
        if (english.length() - countDots(english) < 2) {
            return null;
        }
        for (String other : others) {
            if (english.equals(other)) {
                return english;
            }
        }
        return null;
    }

    private static int countDots(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == '.' ? 1 : 0;
        }
        return n;
    }

    private static String collapse(String skeleton) {
        StringBuilder sb = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            if (i == 0 || skeleton.charAt(i) != skeleton.charAt(i - 1)) {
                sb.append(skeleton.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The least Jaro-Winkler similarity that {@link #computeSpellings} takes for evidence of any kind. */
    private static final double SPELLING_EVIDENCE = 0.7;

    /**
     * The best Jaro-Winkler similarity of one side read in English convention against the other read in any convention,
     * exact from {@link #SPELLING_EVIDENCE} up (below it, some smaller value: no route uses it). Conventions often agree
     * ("Petrov" reads the same in all six): each distinct reading is compared once, and only if it could beat the best
     * so far.
     */
    private static double bestJaroWinkler(TokenProfile q, TokenProfile v) {
        String[] qForms = q.keys().fineForms();
        String[] vForms = v.keys().fineForms();
        double best = 0;
        for (int i = 0; i < qForms.length && best < 1.0; i++) {
            if (!repeatsEarlier(qForms, i)) {
                best = Math.max(best, JaroWinkler.similarityFrom(qForms[i], vForms[0], Math.max(best, SPELLING_EVIDENCE)));
            }
        }
        for (int i = 0; i < vForms.length && best < 1.0; i++) {
            if (!repeatsEarlier(vForms, i)) {
                best = Math.max(best, JaroWinkler.similarityFrom(qForms[0], vForms[i], Math.max(best, SPELLING_EVIDENCE)));
            }
        }
        return best;
    }

    private static boolean repeatsEarlier(String[] forms, int i) {
        for (int j = 0; j < i; j++) {
            if (forms[j].equals(forms[i])) {
                return true;
            }
        }
        return false;
    }
}
