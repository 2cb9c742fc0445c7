package org.innovationbridge.enterprise.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.innovationbridge.enterprise.domain.ReferenceItem;
import org.innovationbridge.enterprise.repository.ReferenceItemRepository;
import org.innovationbridge.kit.problem.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Industry chains, technical fields and districts. Seeded at start from {@code reference-data.json}
 * (entries already present are kept, so admins' edits survive restarts) and checked on every write.
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
                    .forEach(entry -> upsert(kind, entry)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED, e);
        }
    }

    public List<Entry> list(String kind) {
        return items.listKind(kind).stream().map(item -> new Entry(item.code, item.name)).toList();
    }

    @Transactional
    public Entry upsert(String kind, Entry entry) {
        ReferenceItem.Key key = new ReferenceItem.Key();
        key.kind = kind;
        key.code = entry.code();
        items.findByIdOptional(key).ifPresentOrElse(item -> item.name = entry.name(), () -> {
            ReferenceItem created = new ReferenceItem();
            created.kind = kind;
            created.code = entry.code();
            created.name = entry.name();
            items.persist(created);
        });
        return entry;
    }

    /** Refuses a code that is not in the reference data of its kind, naming the field. */
    public void require(String kind, String code, String field) {
        if (code != null && !items.exists(kind, code)) {
            throw new DomainException.InvalidField(field, "unknown " + kind + " '" + code + "'");
        }
    }

    public void requireAll(String kind, Collection<String> codes, String field) {
        if (codes != null) {
            codes.forEach(code -> require(kind, code, field));
        }
    }
}
