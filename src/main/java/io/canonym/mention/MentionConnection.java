package io.canonym.mention;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.canonym.common.Page;
import io.canonym.common.PageInfo;

@Description("A page of mentions.")
public class MentionConnection {

    @NonNull
    public List<@NonNull MentionEdge> edges;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    public int totalCount;

    static MentionConnection of(Page<MentionReviewService.QueuedMention> page, boolean afterCursor) {
        MentionConnection connection = new MentionConnection();
        connection.edges = page.edges((cursor, queued) -> new MentionEdge(cursor, queued.mention(), queued.sameSpelling()));
        connection.pageInfo = PageInfo.of(connection.edges.stream().map(edge -> edge.cursor).toList(), page.hasNextPage(), afterCursor);
        connection.totalCount = Math.toIntExact(page.totalCount());
        return connection;
    }

    public static class MentionEdge {
        @NonNull
        public String cursor;
        @NonNull
        public Mention node;
        @NonNull
        @Description("How many open mentions share this mention's spelling: one decision can clear them all.")
        public int sameSpelling;

        public MentionEdge(String cursor, Mention node, int sameSpelling) {
            this.cursor = cursor;
            this.node = node;
            this.sameSpelling = sameSpelling;
        }
    }
}
