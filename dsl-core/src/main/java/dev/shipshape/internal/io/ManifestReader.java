package dev.shipshape.internal.io;

import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads Kubernetes manifests from YAML (or JSON) files and directories, each object with the file and the line its
 * document starts on. A bad file is an {@link IllegalArgumentException} naming the file and line; nothing is read
 * from a call that fails. Not API.
 *
 * <pre>{@code
 * ManifestReader.read(List.of(Path.of("k8s")));   // every .yaml, .yml and .json below k8s/, in path order
 * }</pre>
 */
public final class ManifestReader {

    /**
     * One object read.
     *
     * @param object the object (a fabric8 model class, or {@code GenericKubernetesResource} for other kinds)
     * @param file   the file, as given or found below a given directory
     * @param line   the line its document starts on (1-based)
     */
    public record Read(HasMetadata object, String file, int line) {
    }

    private ManifestReader() {
    }

    /**
     * Every object in {@code paths}: files as given, directories walked in path order (files ending in
     * {@code .yaml}, {@code .yml} or {@code .json}, except {@code kustomization.yaml}); {@code kind: List} documents
     * are expanded to their items.
     *
     * @param paths files and directories
     * @return the objects, in file order, then document order
     * @throws IllegalArgumentException if a path cannot be read, a document is not valid YAML, or is not an object
     *         with an apiVersion, a kind and a name
     */
    public static List<Read> read(List<Path> paths) {
        List<Read> out = new ArrayList<>();
        for (Path p : paths) {
            if (p == null) {
                throw new IllegalArgumentException("a manifest path must not be null");
            }
            if (Files.isDirectory(p)) {
                for (Path f : files(p)) {
                    readFile(f, out);
                }
            } else {
                readFile(p, out);
            }
        }
        return out;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(ManifestReader::isManifest).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isManifest(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean manifest = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
        return manifest && !name.equals("kustomization.yaml") && !name.equals("kustomization.yml");
    }

    private static void readFile(Path file, List<Read> out) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("cannot read " + file + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        ObjectMapper yaml = Serialization.yaml();
        ObjectReader documents = yaml.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = yaml.createParser(text)) {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return;
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode doc = documents.readValue(parser);
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                add(doc, file.toString(), line, yaml, out);
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": not valid YAML: "
                    + Names.printable(e.getOriginalMessage()), e);
        }
    }

    private static void add(JsonNode doc, String file, int line, ObjectMapper yaml, List<Read> out) {
        String where = file + ":" + line;
        if (!doc.isObject()) {
            throw new IllegalArgumentException(where + ": a document must be a Kubernetes object (a mapping), not "
                    + doc.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String kind = doc.path("kind").asString("");
        String apiVersion = doc.path("apiVersion").asString("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw new IllegalArgumentException(where + ": the object has no " + (apiVersion.isEmpty() ? "apiVersion" : "kind")
                    + "; every Kubernetes object names its apiVersion and kind");
        }
        if (kind.equals("List") && doc.path("items").isArray()) {
            for (JsonNode item : doc.path("items")) {
                add(item, file, line, yaml, out);
            }
            return;
        }
        if (doc.path("metadata").path("name").asString("").isEmpty()) {
            throw new IllegalArgumentException(where + ": " + kind + " has no metadata.name");
        }
        KubernetesResource resource;
        try {
            resource = yaml.treeToValue(doc, KubernetesResource.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + ": " + kind + " " + doc.path("metadata").path("name").asString("")
                    + " does not match the " + apiVersion + " schema: " + Names.printable(e.getOriginalMessage()), e);
        }
        if (!(resource instanceof HasMetadata object)) {
            throw new IllegalArgumentException(where + ": " + apiVersion + "/" + kind + " is not an object with metadata");
        }
        out.add(new Read(object, file, line));
    }
}
