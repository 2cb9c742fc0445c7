package org.innovationbridge.research.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.repository.ReferenceItemRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Industry chains, technical fields and districts. Seeded at start from {@code reference-data.json}
 * (the same codes as enterprise-service, so problems and results match on them; entries already present
 * are kept) and checked on every write.
 */
@ApplicationScoped
public class ReferenceData {
    private static final String SEED = "reference-data.json";

    private final ReferenceItemRepository items;
    private final ObjectMapper json;

    public ReferenceData(ReferenceItemRepository items, ObjectMapper json) {
        this.items = items;
        this.json = json;
    }

    public record Entry(String code, String name) {
    }

    @Transactional
    void seed(@Observes StartupEvent start) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            Map<String, List<Entry>> seed = json.readValue(in, new TypeReference<>() {
            });
            seed.forEach((kind, entries) -> entries.stream()
                    .filter(entry -> !items.exists(kind, entry.code()))
                    .forEach(entry -> add(kind, entry)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED, e);
        }
    }

    /** Refuses a code that is not in the reference data of its kind, naming the field. */
    public void require(String kind, String code, String field) {
        if (code != null && !items.exists(kind, code)) {
            throw new DomainException.InvalidField(field, "unknown " + kind + " '" + code + "'");
        }
    }

    /** Like {@link #require} for each code of a list, naming the offending element ({@code field[i]}). */
    public void requireAll(String kind, List<String> codes, String field) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                require(kind, codes.get(i), field + "[" + i + "]");
            }
        }
    }

    private void add(String kind, Entry entry) {
        ReferenceItem item = new ReferenceItem();
        item.kind = kind;
        item.code = entry.code();
        item.name = entry.name();
        items.persist(item);
    }
}
