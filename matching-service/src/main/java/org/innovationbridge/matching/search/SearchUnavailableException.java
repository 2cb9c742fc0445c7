package org.innovationbridge.matching.search;

/** Elasticsearch could not be reached or refused for reasons of its own; the caller may retry later. */
public class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
