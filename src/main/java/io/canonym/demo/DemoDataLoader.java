package io.canonym.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.canonym.article.ArticleInput;
import io.canonym.article.ArticleService;
import io.canonym.person.Person;
import io.canonym.person.PersonInput;
import io.canonym.person.PersonService;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty database with a few dozen well-known people and a handful of articles, so that a newcomer sees
 * something in the GraphQL UI at once. Built into dev mode only: a production build does not contain this class.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String DIRECTORY = "demo/";

    @Inject
    PersonService people;
    @Inject
    ArticleService articles;

    @ConfigProperty(name = "canonym.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Transactional
    void loadIntoEmptyDatabase(@Observes StartupEvent event) {
        if (!enabled || Person.count() > 0) {
            return;
        }
        List<JsonObject> demoPeople = readArray("people.json");
        people.importPeople(demoPeople.stream().map(DemoDataLoader::toPersonInput).toList());
        List<JsonObject> demoArticles = readArray("articles.json");
        demoArticles.forEach(json -> articles.create(toArticleInput(json)));
        LOG.infof("Loaded the demo data: %d people, %d articles", demoPeople.size(), demoArticles.size());
    }

    private static PersonInput toPersonInput(JsonObject json) {
        PersonInput input = new PersonInput();
        input.name = json.getString("name");
        input.nativeName = text(json, "nativeName");
        input.description = text(json, "description");
        input.externalId = text(json, "externalId");
        JsonArray variants = json.getJsonArray("variants");
        input.variants = variants == null ? List.of() : variants.getValuesAs(JsonString::getString);
        return input;
    }

    private static ArticleInput toArticleInput(JsonObject json) {
        ArticleInput input = new ArticleInput();
        input.title = json.getString("title");
        input.body = readText("articles/" + json.getString("file"));
        input.author = text(json, "author");
        input.url = text(json, "url");
        input.language = text(json, "language");
        String publishedAt = text(json, "publishedAt");
        input.publishedAt = publishedAt == null ? null : OffsetDateTime.parse(publishedAt);
        return input;
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static List<JsonObject> readArray(String name) {
        try (InputStream in = open(name); JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IOException("Missing demo resource " + DIRECTORY + name);
        }
        return in;
    }
}
