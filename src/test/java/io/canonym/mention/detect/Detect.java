package io.canonym.mention.detect;

import java.util.List;

/** Small helpers shared by the detector tests. */
final class Detect {
    private Detect() {
    }

    static List<String> names(String body) {
        return names(new MentionDetector(), body);
    }

    static List<String> names(MentionDetector detector, String body) {
        List<DetectedName> found = detector.detect(body);
        for (DetectedName d : found) {
            if (!body.substring(d.start(), d.end()).equals(d.text())) {
                throw new AssertionError("offsets do not match text: " + d);
            }
        }
        return found.stream().map(DetectedName::text).toList();
    }
}
