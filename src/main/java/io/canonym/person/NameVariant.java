package io.canonym.person;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.CreationTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "name_variant")
@Description("One spelling of a person's name: the canonical and native names are variants too.")
public class NameVariant extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "name_variant_seq")
    @SequenceGenerator(name = "name_variant_seq", sequenceName = "name_variant_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    @Ignore
    public Person person;

    @NonNull
    public String spelling;

    @Ignore
    public String normalized;

    @Enumerated(EnumType.STRING)
    @NonNull
    public VariantSource source;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    @Ignore
    public OffsetDateTime createdAt;

    public static NameVariant of(Person person, String spelling, VariantSource source) {
        NameVariant variant = new NameVariant();
        variant.person = person;
        variant.spelling = spelling;
        variant.normalized = SearchText.normalize(spelling);
        variant.source = source;
        return variant;
    }
}
