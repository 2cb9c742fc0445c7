package org.innovationbridge.kit.testing;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The service's own meters as Prometheus text at {@code /q/metrics}, read the way a scraper reads them. */
public final class Metrics {
    private Metrics() {
    }

    public static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the (single, or first) series of {@code name}; fails the test when the meter is missing. */
    public static double value(String text, String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as(name + " at /q/metrics").isTrue();
        return Double.parseDouble(m.group(2));
    }

    public static double value(String name) {
        return value(scrape(), name);
    }

    /** The value of the series of {@code name} whose labels include each of {@code labels} ({@code key="value"}); 0 if none. */
    public static double value(String text, String name, String... labels) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            String found = m.group(1);
            if (Arrays.stream(labels).allMatch(found::contains)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
