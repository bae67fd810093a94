package io.canonym.person;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A real person that articles mention, under a canonical name.")
public class Person extends PanacheEntityBase {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    /** The people with these ids that exist (some may have been deleted since), by id. */
    public static java.util.Map<Long, Person> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Person> people = new java.util.HashMap<>(ids.size() * 2);
        for (Person person : Person.<Person> list("id in ?1", ids)) {
            people.put(person.id, person);
        }
        return people;
    }

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @NonNull
    @Description("The canonical name, as the newsroom writes it.")
    public String name;

    @Column(name = "native_name")
    @Description("The name in the person's own script, e.g. Сергей Шойгу.")
    public String nativeName;

    public String description;

    @Column(name = "external_id")
    @Description("An id in another catalogue, e.g. a Wikidata QID.")
    public String externalId;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    @NonNull
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;

    @Version
    @NonNull
    @Description("Changes with every update; updates must name the version they read (optimistic locking).")
    public int version;
}
