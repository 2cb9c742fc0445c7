package org.innovationbridge.matching.eval;

import org.innovationbridge.matching.ranking.MatchStrength;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The match strength model as the service ships it (application.properties), for commands that run without Quarkus. */
public final class ShippedStrength {
    private ShippedStrength() {
    }

    public static MatchStrength load() {
        Properties properties = new Properties();
        try (InputStream in = ShippedStrength.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MatchStrength(value(properties, "intercept"), value(properties, "similarity"),
                value(properties, "semantic-missing"), value(properties, "retrieval"), value(properties, "coverage"),
                value(properties, "strong-from"), value(properties, "medium-from"));
    }

    private static double value(Properties properties, String name) {
        return Double.parseDouble(properties.getProperty("ib.match-strength." + name).strip());
    }
}
