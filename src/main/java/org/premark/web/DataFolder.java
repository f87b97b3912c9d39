package org.premark.web;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code premark.data} (default {@code data}) against the working directory into {@code premark.data-dir},
 * because H2 refuses a database path that is only implicitly relative.
 */
public final class DataFolder implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String data = environment.getProperty("premark.data", "data");
        String dir = Path.of(data).toAbsolutePath().normalize().toString().replace('\\', '/');
        environment.getPropertySources().addLast(new MapPropertySource("premarkDataFolder",
                Map.of("premark.data-dir", dir)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
