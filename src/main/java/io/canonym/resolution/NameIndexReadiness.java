package io.canonym.resolution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready to take traffic until the name index is loaded: a load balancer waits for it. */
@Readiness
@ApplicationScoped
public class NameIndexReadiness implements HealthCheck {

    @Inject
    NameIndexHolder index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Name index")
                .status(index.isLoaded())
                .withData("spellings", index.size())
                .build();
    }
}
