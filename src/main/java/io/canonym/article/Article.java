package io.canonym.article;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.canonym.common.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A news article.")
public class Article extends PanacheEntityBase {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_AUTHOR_LENGTH = 200;
    public static final int MAX_URL_LENGTH = 2000;
    /** 1 MiB of UTF-8: far beyond any news article, small enough to keep a request cheap. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    static final String CURSOR_KIND = "article";

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @NonNull
    public String title;

    @NonNull
    @Description("The text. Mention offsets count UTF-16 code units into it.")
    public String body;

    @Description("The byline.")
    public String author;

    public String url;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Description("The article's language as a BCP 47 tag, e.g. en, de, uk.")
    public String language;

    /** Publication time, or arrival time for undated articles: the order of "newest first". */
    @Column(name = "sort_at", nullable = false)
    @Ignore
    public OffsetDateTime sortAt;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    @NonNull
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;

    @Version
    @Ignore
    public int version;

    @PrePersist
    @PreUpdate
    void computeSortKey() {
        // PostgreSQL keeps microseconds; truncating here keeps cursors made from fresh entities exact.
        sortAt = (publishedAt != null ? publishedAt : sortAtOrNow()).truncatedTo(ChronoUnit.MICROS);
    }

    private OffsetDateTime sortAtOrNow() {
        return sortAt != null ? sortAt : OffsetDateTime.now();
    }

    String cursor() {
        return Cursor.encode(CURSOR_KIND, sortAt.toInstant(), id);
    }
}
