package io.canonym.person;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** People and spellings as JSON documents, for the audit trail's before and after. */
public final class PersonJson {

    private PersonJson() {
    }

    public static JsonObject of(Person person, List<NameVariant> variants) {
        JsonArrayBuilder spellings = Json.createArrayBuilder();
        variants.forEach(v -> spellings.add(of(v)));
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", person.id).add("name", person.name);
        addNullable(json, "nativeName", person.nativeName);
        addNullable(json, "description", person.description);
        addNullable(json, "externalId", person.externalId);
        return json.add("version", person.version).add("variants", spellings).build();
    }

    public static JsonObject of(NameVariant variant) {
        return Json.createObjectBuilder().add("id", variant.id).add("spelling", variant.spelling)
                .add("source", variant.source.name()).build();
    }

    static void addNullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }
}
