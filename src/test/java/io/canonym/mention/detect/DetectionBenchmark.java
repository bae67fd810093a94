package io.canonym.mention.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time to detect the names of one news article of about 3 KB, on one thread, after warm-up. Skipped in
 * normal builds; run it with {@code -Ddetect.bench=true} (command in docs/mention-detection.md).
 *
 * <p>The articles are the demo articles shipped with the service (six real-world-style texts of 1.5 to
 * 3 KB), each padded with a copy of itself to at least 3,000 characters so every sample is one "3 KB article".
 */
@EnabledIfSystemProperty(named = "detect.bench", matches = "true")
class DetectionBenchmark {
    private static final String[] ARTICLES = {"article-china-trade.txt", "article-gulf-diplomacy.txt",
            "article-kim-shoigu.txt", "article-korea-border.txt", "article-minsk-union-state.txt",
            "article-zelenskyy-berlin.txt"};

    @Test
    void timePerThreeKilobyteArticle() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String name : ARTICLES) {
            try (InputStream in = DetectionBenchmark.class.getResourceAsStream("/demo/articles/" + name)) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                StringBuilder padded = new StringBuilder(body);
                while (padded.length() < 3000) {
                    padded.append("\n\n").append(body);
                }
                bodies.add(padded.substring(0, Math.max(3000, Math.min(padded.length(), 3200))));
            }
        }
        measure("text alone", new MentionDetector(), bodies);
        // The in-memory gazetteer normalises every window it is asked about with the name core (ICU): the
        // service's own gazetteer cost comes on top of the text-alone figure and is measured there.
        measure("with the in-memory gazetteer of 6 names", new MentionDetector(InMemoryKnownNames.of("Kim Jong-un",
                "Sergei Shoigu", "Volodymyr Zelenskyy", "Xi Jinping", "Alexander Lukashenko", "Lee Jae-myung")), bodies);
    }

    private static void measure(String setting, MentionDetector detector, List<String> bodies) {
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        int sink = 0;
        while (System.nanoTime() < warmUntil) {
            for (String b : bodies) {
                sink += detector.detect(b).size();
            }
        }
        int rounds = 3000;
        long[] nanos = new long[rounds * bodies.size()];
        int k = 0;
        // CPU time as well as wall time: on a shared machine the wall clock also measures other processes.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (String b : bodies) {
                long t0 = System.nanoTime();
                sink += detector.detect(b).size();
                nanos[k++] = System.nanoTime() - t0;
            }
        }
        double cpuMean = (threads.getCurrentThreadCpuTime() - cpu0) / 1000.0 / nanos.length;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        System.out.printf("detection of a 3 KB article, " + setting + ", one thread: CPU %.0f us per article; wall mean %.0f us, "
                        + "median %.0f us, p99 %.0f us (%d samples, %d names found)%n", cpuMean, mean,
                nanos[nanos.length / 2] / 1000.0, nanos[(int) (nanos.length * 0.99)] / 1000.0, nanos.length, sink);
        assertTrue(sink > 0);
    }
}
