package io.canonym.mention;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "mention_candidate")
@IdClass(MentionCandidate.Key.class)
@Description("A person a mention may refer to, as Canonym ranked them.")
public class MentionCandidate extends PanacheEntityBase {

    @jakarta.persistence.Id
    @Column(name = "mention_id")
    @Ignore
    public long mentionId;

    @jakarta.persistence.Id
    @Column(name = "person_id")
    @Ignore
    public long personId;

    /** 0 for the best candidate. */
    @Ignore
    public short rank;

    @NonNull
    @Description("How likely this person is meant, in [0,1].")
    public float score;

    public static MentionCandidate of(long mentionId, long personId, int rank, double score) {
        MentionCandidate candidate = new MentionCandidate();
        candidate.mentionId = mentionId;
        candidate.personId = personId;
        candidate.rank = (short) rank;
        candidate.score = (float) Math.max(0, Math.min(1, score));
        return candidate;
    }

    public static class Key implements Serializable {
        public long mentionId;
        public long personId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.mentionId == mentionId && k.personId == personId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(mentionId, personId);
        }
    }
}
