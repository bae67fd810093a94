package io.canonym.person;

import java.util.List;

/**
 * Fired when a transaction adds or removes spellings; observed after it commits, so that this instance's name index
 * knows them before the mutation's answer leaves (the other instances hear of them from PostgreSQL).
 */
public record SpellingsChanged(List<Spelling> added, List<Long> removedVariantIds) {

    public record Spelling(long personId, long variantId, String spelling) {
    }

    static SpellingsChanged added(List<NameVariant> variants) {
        return of(variants, List.of());
    }

    static SpellingsChanged removed(List<Long> variantIds) {
        return of(List.of(), variantIds);
    }

    /** Removals are applied first: a spelling moved to another person is removed under its old id, added under a new. */
    static SpellingsChanged of(List<NameVariant> added, List<Long> removedVariantIds) {
        return new SpellingsChanged(added.stream().map(v -> new Spelling(v.person.id, v.id, v.spelling)).toList(),
                List.copyOf(removedVariantIds));
    }
}
