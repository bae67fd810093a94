package io.canonym.devdb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ImageMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Decides which PostgreSQL the service talks to.
 * <ul>
 * <li>{@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} are short names for the standard
 * {@code quarkus.datasource.*} settings, in every profile; the standard names win where both are set.</li>
 * <li>In dev mode and tests, with no server configured, an embedded PostgreSQL is started
 * ({@code canonym.embedded-postgres.launcher}).</li>
 * <li>In prod nothing is started: a packaged app must be given a server.</li>
 * </ul>
 */
public class DatasourceConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 275;
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "DB_URL", "quarkus.datasource.jdbc.url",
            "DB_USER", "quarkus.datasource.username",
            "DB_PASSWORD", "quarkus.datasource.password");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> settings = new HashMap<>();
        SHORT_NAMES.forEach((shortName, standardName) -> {
            String value = valueOf(context, shortName);
            if (value != null) {
                settings.put(standardName, value);
            }
        });
        boolean serverConfigured = settings.containsKey("quarkus.datasource.jdbc.url")
                || valueOf(context, "quarkus.datasource.jdbc.url") != null;
        String launcher = valueOf(context, "canonym.embedded-postgres.launcher");
        if (!serverConfigured && launcher != null && !ImageMode.current().isNativeImage()) {
            settings.putAll(startEmbeddedServer(launcher));
        }
        return settings.isEmpty() ? List.of() : List.of(new PropertiesConfigSource(settings, "canonym-datasource", ORDINAL));
    }

    /**
     * The embedded server is named in configuration (dev and test profiles only), not in code, so that a production
     * build never links it: it is not on a packaged app's class path, nor in a native image.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> startEmbeddedServer(String launcherClass) {
        try {
            Class<?> launcher = Class.forName(launcherClass, true, DatasourceConfigSourceFactory.class.getClassLoader());
            return ((Supplier<Map<String, String>>) launcher.getDeclaredConstructor().newInstance()).get();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("No embedded PostgreSQL on the class path; set DB_URL to a server of your own", e);
        }
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
