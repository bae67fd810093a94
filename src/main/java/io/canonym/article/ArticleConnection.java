package io.canonym.article;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.canonym.common.Page;
import io.canonym.common.PageInfo;

public class ArticleConnection {

    @NonNull
    public List<@NonNull ArticleEdge> edges;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    public int totalCount;

    public static ArticleConnection of(Page<Article> page, boolean afterCursor) {
        ArticleConnection connection = new ArticleConnection();
        connection.edges = page.edges(ArticleEdge::new);
        connection.pageInfo = PageInfo.of(connection.edges.stream().map(edge -> edge.cursor).toList(),
                page.hasNextPage(), afterCursor);
        connection.totalCount = Math.toIntExact(page.totalCount());
        return connection;
    }

    public static class ArticleEdge {
        @NonNull
        public String cursor;
        @NonNull
        public Article node;

        public ArticleEdge(String cursor, Article node) {
            this.cursor = cursor;
            this.node = node;
        }
    }
}
