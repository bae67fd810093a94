package io.canonym.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "audit_entry")
@Description("One editorial change: what was done, by whom, when, and the data before and after it.")
public class AuditEntry extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @NonNull
    @Description("The mutation that made the change, e.g. updatePerson or mergePeople.")
    public String action;

    @NonNull
    @Description("Who made it: the subject (sub) of the editor's token; 'system' for changes no request asked for.")
    public String actor;

    @NonNull
    @Description("When it was made.")
    public OffsetDateTime at;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "person_ids")
    @Id
    @NonNull
    @Description("The people it concerns.")
    public List<@NonNull Long> personIds;

    @ColumnTransformer(write = "?::jsonb")
    @Description("The data before the change, as a JSON document; null for a creation.")
    public String before;

    @ColumnTransformer(write = "?::jsonb")
    @Description("The data after the change, as a JSON document; null for a deletion.")
    public String after;
}
