package io.canonym.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.canonym.common.Page;
import io.canonym.common.PageInfo;

public class AuditConnection {

    @NonNull
    public List<@NonNull AuditEdge> edges;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    public int totalCount;

    public static AuditConnection of(Page<AuditEntry> page, boolean afterCursor) {
        AuditConnection connection = new AuditConnection();
        connection.edges = page.edges(AuditEdge::new);
        connection.pageInfo = PageInfo.of(connection.edges.stream().map(edge -> edge.cursor).toList(),
                page.hasNextPage(), afterCursor);
        connection.totalCount = Math.toIntExact(page.totalCount());
        return connection;
    }

    public static class AuditEdge {
        @NonNull
        public String cursor;
        @NonNull
        public AuditEntry node;

        public AuditEdge(String cursor, AuditEntry node) {
            this.cursor = cursor;
            this.node = node;
        }
    }
}
