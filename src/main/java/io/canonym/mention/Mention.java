package io.canonym.mention;

import java.time.OffsetDateTime;

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
import org.hibernate.annotations.UpdateTimestamp;

import io.canonym.article.Article;
import io.canonym.person.Person;
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

    @Enumerated(EnumType.STRING)
    @Ignore
    public MentionStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    @Ignore
    public Person person;

    @Ignore
    public Float score;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    @Ignore
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    @Ignore
    public OffsetDateTime updatedAt;

    @Version
    @Ignore
    public int version;

    @PrePersist
    @PreUpdate
    void normalizeText() {
        normalized = SearchText.normalize(text);
    }
}
