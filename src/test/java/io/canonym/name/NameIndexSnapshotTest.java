package io.canonym.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.canonym.name.eval.SyntheticPeople;

/** A snapshot restores an index that answers exactly as the one it was written from, and only for the same core. */
class NameIndexSnapshotTest {

    /**
     * Every field of NameIndex that {@code writeState}/{@code readState} handle (or deliberately leave out: caches,
     * configuration, the lock, the change counter: a restored index is another object, so no answer cached from the
     * old one is ever served from it). A new field fails {@link #everyFieldOfTheIndexIsKnownToTheSnapshot} until the
     * snapshot handles it: otherwise an index restored from a snapshot would silently lack it.
     */
    private static final Set<String> KNOWN_FIELDS = Set.of("normalizer", "equivalents", "lock", "tokens", "keyIds",
            "postings", "skeletonsByDeletion", "tokensByFineForm", "transientProfiles", "preparedSpellings",
            "slotPerson", "slotVariant", "slotSpelling", "slotLength", "slotCodes", "dictionary", "dictionarySize",
            "hows", "howIds", "slotCount", "freeSlots", "slotByVariant", "liveVariants", "olderTransientProfiles",
            "generation");

    @Test
    void everyFieldOfTheIndexIsKnownToTheSnapshot() {
        Set<String> unknown = new TreeSet<>();
        for (Field field : NameIndex.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && !KNOWN_FIELDS.contains(field.getName())) {
                unknown.add(field.getName());
            }
        }
        assertEquals(Set.of(), unknown, "NameIndex has state the snapshot does not write or restore: teach "
                + "NameIndex.writeState/readState about it (and bump NameIndexSnapshot.FORMAT), then list it here");
    }

    @Test
    void aRestoredIndexAnswersExactlyAsTheOriginal() throws IOException {
        List<SyntheticPeople.Person> people = new SyntheticPeople(42).generate(3000);
        NameIndex original = new NameIndex();
        long variantId = 1;
        List<Long> ids = new ArrayList<>();
        for (SyntheticPeople.Person p : people) {
            for (String spelling : p.variants().subList(0, 2)) {
                original.add(p.id(), variantId, spelling);
                ids.add(variantId++);
            }
        }
        // Removals leave free slots and dead tokens; replacements move a variant to another slot.
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            original.remove(ids.get(random.nextInt(ids.size())));
        }
        original.add(1, ids.get(10), "Kim Jong-un");
        original.add(7, 999_999, "Муаммар Каддафи");

        NameIndex restored = roundTrip(original);

        assertEquals(original.size(), restored.size());
        NameResolver before = new NameResolver(original);
        NameResolver after = new NameResolver(restored);
        List<String> queries = new ArrayList<>(List.of("Kim Jong Un", "Moammar Khadafy", "Kaddafi", "Sergei"));
        for (int i = 0; i < 400; i++) {
            SyntheticPeople.Person p = people.get(random.nextInt(people.size()));
            queries.add(p.variants().get(random.nextInt(p.variants().size())));
        }
        for (String q : queries) {
            assertEquals(before.resolve(q, 5), after.resolve(q, 5), q);
            String typed = q.substring(0, Math.min(q.length(), 6));
            assertEquals(original.prefixSearch(typed, 20), restored.prefixSearch(typed, 20), typed);
            for (String word : q.split(" ")) {
                assertEquals(original.knowsWord(word, true), restored.knowsWord(word, true), word);
            }
        }
        for (long id : ids) {
            assertEquals(original.contains(id), restored.contains(id));
        }
    }

    @Test
    void aRestoredIndexKeepsChangingAsTheOriginalWould() throws IOException {
        NameIndex original = new NameIndex();
        original.add(1, 11, "Sergei Shoigu");
        original.add(2, 21, "Vladimir Putin");
        original.add(3, 31, "Volodymyr Zelensky");
        original.remove(21);
        NameIndex restored = roundTrip(original);
        assertFalse(restored.contains(21));
        assertEquals(1, new NameResolver(restored).resolve("Sergey Shoygu", 3).candidates().get(0).personId());
        List<SyntheticPeople.Person> people = new SyntheticPeople(5).generate(1500);
        for (NameIndex index : List.of(original, restored)) { // grows the slot arrays and the dictionary
            for (SyntheticPeople.Person p : people) {
                index.add(p.id() + 100, p.id() + 1000, p.canonical());
            }
            index.add(4, 21, "Vladimir Putin");
            index.remove(11);
        }
        assertEquals(original.size(), restored.size());
        NameResolver before = new NameResolver(original);
        NameResolver after = new NameResolver(restored);
        for (String q : List.of("Vladimir Putin", "Sergei Shoigu", people.get(7).variants().get(1), people.get(99).variants().get(2))) {
            assertEquals(before.resolve(q, 5), after.resolve(q, 5), q);
        }
        assertEquals(restored.size(), roundTrip(restored).size());
    }

    @Test
    void anEmptyIndexRoundTrips() throws IOException {
        NameIndex restored = roundTrip(new NameIndex());
        assertEquals(0, restored.size());
        restored.add(1, 1, "Vladimir Putin");
        assertEquals(Decision.MATCH, new NameResolver(restored).resolve("Vladimir Putin", 1).decision());
    }

    @Test
    void aSnapshotOfAnotherNameCoreIsRefused() throws IOException {
        NameIndex index = new NameIndex();
        index.add(1, 11, "Sergei Shoigu");
        byte[] bytes = write(index);
        String mine = NameIndexSnapshot.fingerprint();
        String other = mine.substring(0, mine.length() - 1) + (mine.endsWith("0") ? "1" : "0");
        byte[] tampered = replace(bytes, mine, other);
        assertThrows(NameIndexSnapshot.Mismatch.class, () -> NameIndexSnapshot.read(new ByteArrayInputStream(tampered)));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 30);
        IOException e = assertThrows(IOException.class, () -> NameIndexSnapshot.read(new ByteArrayInputStream(truncated)));
        assertFalse(e instanceof NameIndexSnapshot.Mismatch);
    }

    @Test
    void theFingerprintCoversTheCoresCodeDataAndBehaviour() {
        List<String> files = NameIndexSnapshot.fingerprintedFiles();
        assertTrue(files.contains("io/canonym/name/NameNormalizer.class"), files.toString());
        assertTrue(files.contains("io/canonym/name/PhoneticKeys.class"), files.toString());
        assertTrue(files.contains("names/given-name-equivalents.tsv"), files.toString());
        assertTrue(NameIndexSnapshot.probeReadings().contains("putin"), NameIndexSnapshot.probeReadings());
        assertEquals(NameIndexSnapshot.fingerprint(), NameIndexSnapshot.fingerprint());
    }

    private static NameIndex roundTrip(NameIndex index) throws IOException {
        return NameIndexSnapshot.read(new ByteArrayInputStream(write(index)));
    }

    private static byte[] write(NameIndex index) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NameIndexSnapshot.write(index, out);
        return out.toByteArray();
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] t = to.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = bytes.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
                return out;
            }
        }
        throw new AssertionError("fingerprint not found in the snapshot");
    }
}
