package io.canonym.resolution;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.canonym.name.NameIndexSnapshot;
import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Starts the name index's load the moment the schema is migrated, instead of when the whole application has started:
 * at a million people the load takes seconds, and Hibernate, GraphQL and the HTTP server start meanwhile. The name
 * core's fingerprint (which builds the ICU transliterators) is computed from the moment Flyway is configured, while
 * it validates and migrates.
 */
@Singleton
public class IndexLoadOnMigrate implements FlywayConfigurationCustomizer {

    @Inject
    VariantChangeListener listener;

    @Override
    public void customize(FluentConfiguration configuration) {
        Thread warmUp = new Thread(NameIndexSnapshot::fingerprint, "name-core-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Callback[] callbacks = configuration.getCallbacks();
        Callback[] withOurs = java.util.Arrays.copyOf(callbacks, callbacks.length + 1);
        withOurs[callbacks.length] = new AfterMigrate();
        configuration.callbacks(withOurs);
    }

    private final class AfterMigrate implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            listener.begin();
        }

        @Override
        public String getCallbackName() {
            return "canonym-name-index-load";
        }
    }
}
