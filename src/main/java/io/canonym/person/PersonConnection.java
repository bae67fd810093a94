package io.canonym.person;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.canonym.common.Page;
import io.canonym.common.PageInfo;

public class PersonConnection {

    @NonNull
    public List<@NonNull PersonEdge> edges;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    public int totalCount;

    public static PersonConnection of(Page<Person> page, boolean afterCursor) {
        PersonConnection connection = new PersonConnection();
        connection.edges = page.edges(PersonEdge::new);
        connection.pageInfo = PageInfo.of(connection.edges.stream().map(edge -> edge.cursor).toList(),
                page.hasNextPage(), afterCursor);
        connection.totalCount = Math.toIntExact(page.totalCount());
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
