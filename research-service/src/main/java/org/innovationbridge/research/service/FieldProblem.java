package org.innovationbridge.research.service;

/** Why one field of an input cannot be written; {@code index} is the list position for list fields, else null. */
public record FieldProblem(String field, Integer index, String reason) {

    /** {@code industryChains[1]}, as the REST errors name it. */
    public String path() {
        return index == null ? field : field + "[" + index + "]";
    }
}
