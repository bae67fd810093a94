package io.canonym.name.eval;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@link NameEvaluation} from Maven. Skipped unless {@code -Dcanonym.benchmark=true}, because it
 * needs ../shared/eval and takes seconds, not milliseconds. See docs/name-resolution.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "canonym.benchmark", matches = "true")
class NameEvaluationBenchmark {

    @Test
    void evaluatesOnSharedSets() throws Exception {
        Path dir = Path.of(System.getProperty("canonym.eval.dir", "../shared/eval"));
        assertTrue(Files.isDirectory(dir), "evaluation sets not found at " + dir.toAbsolutePath());
        String report = new NameEvaluation(dir).runAll();
        System.out.println(report);
        NameEvaluation.save(report);
    }
}
