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
        return new SpellingsChanged(variants.stream().map(v -> new Spelling(v.person.id, v.id, v.spelling)).toList(), List.of());
    }
}
