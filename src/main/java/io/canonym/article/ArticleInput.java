package io.canonym.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An article to store.")
@Input("ArticleInput")
public class ArticleInput {

    @NonNull
    @Description("1 to 500 characters.")
    public String title;

    @NonNull
    @Description("The text, at most 1 MiB of UTF-8.")
    public String body;

    @Description("The byline, up to 200 characters.")
    public String author;

    @Description("The article's address (http or https), up to 2000 characters; unique among articles.")
    public String url;

    public OffsetDateTime publishedAt;

    @Description("The article's language as a BCP 47 tag, e.g. en, de, uk.")
    public String language;
}
