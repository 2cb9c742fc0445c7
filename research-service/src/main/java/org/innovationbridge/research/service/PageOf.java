package org.innovationbridge.research.service;

import java.util.List;

/** One page of a listing, with the total number of matches. */
public record PageOf<T>(List<T> items, long total, int page, int size) {
}
