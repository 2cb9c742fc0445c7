package org.innovationbridge.research.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.repository.ReferenceItemRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** Whether a code exists in the reference data of a kind. */
    @FunctionalInterface
    public interface Codes {
        boolean exists(String kind, String code);
    }

    /**
     * The reference data as read at one moment: an import checks thousands of rows against one read, and maps
     * the names people type (新材料) to codes.
     */
    public record Snapshot(Map<String, List<Entry>> entries) implements Codes {
        @Override
        public boolean exists(String kind, String code) {
            return entries.getOrDefault(kind, List.of()).stream().anyMatch(e -> e.code().equals(code));
        }

        /** The code of a value that is a code or a name of this kind (names compared ignoring case). */
        public Optional<String> codeOf(String kind, String codeOrName) {
            List<Entry> ofKind = entries.getOrDefault(kind, List.of());
            return ofKind.stream().filter(e -> e.code().equals(codeOrName)).findFirst()
                    .or(() -> ofKind.stream().filter(e -> e.name().equalsIgnoreCase(codeOrName)).findFirst())
                    .map(Entry::code);
        }

        public List<Entry> of(String kind) {
            return entries.getOrDefault(kind, List.of());
        }
    }

    /** The live check, one query per code, for single writes. */
    public Codes live() {
        return items::exists;
    }

    @Transactional
    public Snapshot snapshot() {
        return new Snapshot(items.listAll(Sort.by("kind").and("code")).stream().collect(Collectors.groupingBy(item -> item.kind,
                Collectors.mapping(item -> new Entry(item.code, item.name), Collectors.toList()))));
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

    private void add(String kind, Entry entry) {
        ReferenceItem item = new ReferenceItem();
        item.kind = kind;
        item.code = entry.code();
        item.name = entry.name();
        items.persist(item);
    }
}
