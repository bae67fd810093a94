package io.canonym.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.canonym.name.Decision;
import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;
import io.canonym.name.Resolution;

class ResolutionCacheTest {

    private final NameIndex index = new NameIndex();
    private final NameResolver resolver = new NameResolver(index);
    private final ResolutionCache<Resolution> cache = new ResolutionCache<>(100);

    @Test
    void answersARepeatedQueryFromMemoryWhileTheIndexIsUnchanged() {
        index.add(1, 10, "Sergei Shoigu");
        Resolution answer = remember("Sergei Shuigu", 5);

        assertSame(answer, cache.get(index, ResolutionCache.key("Sergei Shuigu", 5)));
        assertNull(cache.get(index, ResolutionCache.key("Sergei Shuigu", 3)), "another limit is another question");
    }

    @Test
    void forgetsEveryAnswerOnceASpellingIsAddedOrRemoved() {
        index.add(1, 10, "Sergei Shoigu");
        remember("Tovarishch Shoigu", 5);
        index.add(1, 11, "Tovarishch Shoigu");
        assertNull(cache.get(index, ResolutionCache.key("Tovarishch Shoigu", 5)));

        Resolution taught = remember("Tovarishch Shoigu", 5);
        assertEquals(Decision.MATCH, taught.decision());
        index.remove(11);
        assertNull(cache.get(index, ResolutionCache.key("Tovarishch Shoigu", 5)));
    }

    @Test
    void neverServesAnAnswerComputedFromAnotherIndex() {
        index.add(1, 10, "Sergei Shoigu");
        remember("Sergei Shoigu", 5);
        NameIndex rebuilt = new NameIndex();
        rebuilt.add(1, 10, "Sergei Shoigu");

        assertNull(cache.get(rebuilt, ResolutionCache.key("Sergei Shoigu", 5)));
    }

    @Test
    void anAnswerComputedWhileTheIndexChangedIsNeverServed() {
        index.add(1, 10, "Sergei Shoigu");
        long before = index.generation();
        Resolution computed = resolver.resolve("Sergei Shoigu", 5);
        index.add(2, 20, "Sergei Shoygu");
        cache.put(index, before, ResolutionCache.key("Sergei Shoigu", 5), computed);

        assertNull(cache.get(index, ResolutionCache.key("Sergei Shoigu", 5)));
    }

    @Test
    void aCacheOfSizeZeroRemembersNothing() {
        ResolutionCache<Resolution> none = new ResolutionCache<>(0);
        index.add(1, 10, "Sergei Shoigu");
        none.put(index, index.generation(), ResolutionCache.key("Sergei Shoigu", 5), resolver.resolve("Sergei Shoigu", 5));

        assertNull(none.get(index, ResolutionCache.key("Sergei Shoigu", 5)));
    }

    @Test
    void whetherTheIndexKnowsAWordIsAskedAgainOnceASpellingIsAdded() {
        ResolutionCache<Boolean> words = new ResolutionCache<>(10);
        words.put(index, index.generation(), "shoigu", index.knowsWord("Shoigu", false));
        assertEquals(false, words.get(index, "shoigu"));
        index.add(1, 10, "Sergei Shoigu");

        assertNull(words.get(index, "shoigu"));
    }

    private Resolution remember(String name, int limit) {
        long generation = index.generation();
        Resolution r = resolver.resolve(name, limit);
        cache.put(index, generation, ResolutionCache.key(name, limit), r);
        return r;
    }
}
