package io.canonym.person;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.NonNull;

import io.canonym.common.Page;
import io.canonym.common.PageInfo;

public class PersonConnection {

    @NonNull
    public List<@NonNull PersonEdge> edges;
    @NonNull
    public PageInfo pageInfo;
    /** Counted when a client selects {@code totalCount}: a search counts every match, up to a thousand. */
    private LongSupplier total;
    private Integer counted;

    @NonNull
    public int getTotalCount() {
        if (counted == null) {
            counted = Math.toIntExact(total.getAsLong());
        }
        return counted;
    }

    public static PersonConnection of(Page<Person> page, boolean afterCursor) {
        PersonConnection connection = new PersonConnection();
        connection.edges = page.edges(PersonEdge::new);
        connection.pageInfo = PageInfo.of(connection.edges.stream().map(edge -> edge.cursor).toList(),
                page.hasNextPage(), afterCursor);
        connection.total = page.total();
        return connection;
    }

    public static class PersonEdge {
        @NonNull
        public String cursor;
        @NonNull
        public Person node;

        public PersonEdge(String cursor, Person node) {
            this.cursor = cursor;
            this.node = node;
        }
    }
}
