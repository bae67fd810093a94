package io.canonym.common;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page stands in its list (Relay cursor connections).")
public class PageInfo {

    @NonNull
    public boolean hasNextPage;
    @NonNull
    @Description("True when the page was asked for `after` a cursor.")
    public boolean hasPreviousPage;
    @Description("The cursor of the first edge; null on an empty page.")
    public String startCursor;
    @Description("The cursor of the last edge; pass it as `after` to get the next page. Null on an empty page.")
    public String endCursor;

    public static PageInfo of(List<String> cursors, boolean hasNextPage, boolean afterCursor) {
        PageInfo info = new PageInfo();
        info.hasNextPage = hasNextPage;
        info.hasPreviousPage = afterCursor;
        info.startCursor = cursors.isEmpty() ? null : cursors.get(0);
        info.endCursor = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        return info;
    }
}
