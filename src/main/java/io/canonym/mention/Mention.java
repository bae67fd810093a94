package io.canonym.mention;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

import io.canonym.article.Article;
import io.canonym.mention.link.LinkedMention;
import io.canonym.person.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A span of an article's body that names a person.")
public class Mention extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_seq")
    @SequenceGenerator(name = "mention_seq", sequenceName = "mention_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    @Ignore
    public Article article;

    @NonNull
    @Description("The name as the article writes it: body.substring(start, end).")
    public String text;

    /** The text folded for comparison (SearchText): editors' decisions and the review queue go by it. */
    @Ignore
    public String normalized;

    @Column(name = "start_offset")
    @Name("start")
    @NonNull
    @Description("Offset of the first character in body, in UTF-16 code units.")
    public int startOffset;

    @Column(name = "end_offset")
    @Name("end")
    @NonNull
    @Description("Offset just past the last character in body, in UTF-16 code units.")
    public int endOffset;

    @Column(name = "article_id", insertable = false, updatable = false)
    @Ignore
    public Long articleId;

    @Enumerated(EnumType.STRING)
    @NonNull
    public MentionStatus status;

    /** The linked person: set when LINKED or CONFIRMED (and kept on REJECTED, naming who it is not). */
    @Column(name = "person_id")
    @Ignore
    public Long personId;

    @Description("How sure Canonym is of its best candidate, in [0,1]; null when it has none.")
    public Float score;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    @NonNull
    @Description("Why the mention has its status and person, one line per piece of evidence.")
    public List<@NonNull String> explanation = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    @Ignore
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    @Ignore
    public OffsetDateTime updatedAt;

    @Version
    @NonNull
    @Description("Changes with every change of the mention; decisions may name the version they read.")
    public int version;

    /** The mention the article now holds for a linker's conclusion. */
    public static Mention of(Article article, LinkedMention linked) {
        Mention mention = new Mention();
        mention.article = article;
        mention.articleId = article.id;
        mention.text = linked.text();
        mention.startOffset = linked.start();
        mention.endOffset = linked.end();
        mention.apply(linked);
        return mention;
    }

    /** Takes the linker's status, person, score and explanation (not the candidates, which are rows of their own). */
    public void apply(LinkedMention linked) {
        status = linked.status();
        personId = linked.personId();
        score = linked.score() == null ? null : linked.score().floatValue();
        explanation = new ArrayList<>(linked.explanation());
    }

    @Ignore
    public boolean isOpen() {
        return status == MentionStatus.NEEDS_REVIEW || status == MentionStatus.UNRESOLVED;
    }

    @PrePersist
    @PreUpdate
    void normalizeText() {
        normalized = SearchText.normalize(text);
    }
}
