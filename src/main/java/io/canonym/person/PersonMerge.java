package io.canonym.person;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A merge that can be undone: see V5__person_merge.sql and {@link PersonMerger}. */
@Entity
@Table(name = "person_merge")
public class PersonMerge extends PanacheEntityBase {

    /** Longer chains than this (A into B into C ...) are not followed; no newsroom merges a person that often. */
    private static final int MAX_CHAIN = 100;

    @Id
    @Column(name = "source_id")
    public Long sourceId;

    @Column(name = "target_id")
    public long targetId;

    @Column(name = "merged_at")
    public OffsetDateTime mergedAt;

    public String actor;

    @ColumnTransformer(write = "?::jsonb")
    public String snapshot;

    /** The person that a merged-away id now stands for, following merges of merges; null if none. */
    static Person mergedInto(long id) {
        long current = id;
        for (int hop = 0; hop < MAX_CHAIN; hop++) {
            PersonMerge merge = findById(current);
            if (merge == null) {
                return null;
            }
            Person target = Person.findById(merge.targetId);
            if (target != null) {
                return target;
            }
            current = merge.targetId;
        }
        return null;
    }
}
