package io.canonym.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Brings a person's spellings in line with a changed name and native name: the new names become the CANONICAL and
 * NATIVE spellings, and the replaced ones stay as EDITOR spellings, since articles may still write them.
 */
final class SpellingsUpdate {

    private final Person person;
    private final List<NameVariant> variants;
    private final List<NameVariant> added = new ArrayList<>();

    SpellingsUpdate(Person person, List<NameVariant> variants) {
        this.person = person;
        this.variants = new ArrayList<>(variants);
    }

    /** Applies the person's current names and adds {@code otherSpellings}; returns the variants it created. */
    List<NameVariant> apply(List<String> otherSpellings) {
        demoteUnless(VariantSource.CANONICAL, person.name);
        demoteUnless(VariantSource.NATIVE, person.nativeName);
        promote(person.name, VariantSource.CANONICAL);
        if (person.nativeName != null && !person.nativeName.equals(person.name)) {
            promote(person.nativeName, VariantSource.NATIVE);
        }
        otherSpellings.forEach(spelling -> {
            if (find(spelling) == null) {
                create(spelling, VariantSource.EDITOR);
            }
        });
        return added;
    }

    private void demoteUnless(VariantSource source, String keptSpelling) {
        variants.stream().filter(v -> v.source == source && !Objects.equals(v.spelling, keptSpelling))
                .forEach(v -> v.source = VariantSource.EDITOR);
    }

    private void promote(String spelling, VariantSource source) {
        NameVariant existing = find(spelling);
        if (existing == null) {
            create(spelling, source);
        } else if (existing.source != VariantSource.CANONICAL) {
            existing.source = source;
        }
    }

    private NameVariant find(String spelling) {
        return variants.stream().filter(v -> v.spelling.equals(spelling)).findFirst().orElse(null);
    }

    private void create(String spelling, VariantSource source) {
        NameVariant variant = NameVariant.of(person, spelling, source);
        variant.persist();
        variants.add(variant);
        added.add(variant);
    }
}
