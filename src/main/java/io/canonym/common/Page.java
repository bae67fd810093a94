package io.canonym.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a Relay connection needs to describe it. */
public record Page<T>(List<T> items, boolean hasNextPage, long totalCount) {

    /** Cuts rows fetched with {@link PageRequest#fetchSize()} down to the page. */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, long totalCount) {
        boolean more = fetched.size() > request.size();
        return new Page<>(more ? fetched.subList(0, request.size()) : fetched, more, totalCount);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), false, 0);
    }

    public <E> List<E> edges(Function<T, E> toEdge) {
        return items.stream().map(toEdge).toList();
    }
}
