package io.canonym.name.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.canonym.name.NameIndex;
import io.canonym.name.NameIndexSnapshot;

/**
 * Builds an index of N synthetic people (as {@link NameIndexBenchmark}), writes its snapshot to a file and reads it
 * back, timing both: {@code java -cp ... io.canonym.name.eval.NameIndexSnapshotBenchmark 1000000 target/index.snap}.
 */
public final class NameIndexSnapshotBenchmark {
    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/name-index.snapshot");
        List<SyntheticPeople.Person> all = new SyntheticPeople(42).generate(people);
        long start = System.nanoTime();
        NameIndex index = new NameIndex();
        long variantId = 1;
        try (NameIndex.BulkLoad load = index.bulkLoad()) {
            for (SyntheticPeople.Person p : all) {
                for (String spelling : new String[] {p.canonical(), p.nativeName(), p.variants().get(0)}) {
                    if (spelling != null) {
                        load.add(p.id(), variantId++, spelling);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "built %d spellings in %d ms (load %s)%n", index.size(), (System.nanoTime() - start) / 1_000_000, load());
        for (int run = 0; run < 3; run++) {
            start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                NameIndexSnapshot.write(index, out);
            }
            long wrote = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            NameIndex restored;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                restored = NameIndexSnapshot.read(in);
            }
            long read = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "run %d: write %d ms, %d MB; read %d ms (%d spellings); load %s%n", run, wrote,
                    Files.size(file) >> 20, read, restored.size(), load());
            restored = null;
            System.gc();
        }
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
