package io.canonym.common;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * One page of a list, with the cursor of each item and what a Relay connection needs to describe it. The total is
 * a supplier: counting can cost more than the page (a search's every match), so a connection may count only when a
 * client asks for {@code totalCount}.
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage, LongSupplier total) {

    /** Cuts rows fetched with {@link PageRequest#fetchSize()} down to the page. */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, long totalCount, Function<T, String> cursorOf) {
        return of(fetched, request, () -> totalCount, cursorOf);
    }

    /** As {@link #of(List, PageRequest, long, Function)}, counting only when {@link #totalCount()} is asked. */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, LongSupplier total, Function<T, String> cursorOf) {
        boolean more = fetched.size() > request.size();
        List<T> items = more ? fetched.subList(0, request.size()) : fetched;
        return new Page<>(items, items.stream().map(cursorOf).toList(), more, total);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), List.of(), false, () -> 0);
    }

    public long totalCount() {
        return total.getAsLong();
    }

    public <E> List<E> edges(BiFunction<String, T, E> toEdge) {
        return IntStream.range(0, items.size()).mapToObj(i -> toEdge.apply(cursors.get(i), items.get(i))).toList();
    }
}
