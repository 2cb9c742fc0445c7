package org.innovationbridge.research.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One entry of reference data: an industry chain, a technical field or a district. */
@Entity
@Table(name = "reference_item")
@IdClass(ReferenceItem.Key.class)
public class ReferenceItem extends PanacheEntityBase {
    public static final String INDUSTRY_CHAIN = "industry-chain";
    public static final String TECHNICAL_FIELD = "technical-field";
    public static final String DISTRICT = "district";

    @Id
    public String kind;
    @Id
    public String code;
    public String name;

    /** Composite key (kind, code); JPA needs a class with the same field names. */
    public static class Key implements Serializable {
        public String kind;
        public String code;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kind, key.kind) && Objects.equals(code, key.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, code);
        }
    }
}
