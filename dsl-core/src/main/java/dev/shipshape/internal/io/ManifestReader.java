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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

    /**
     * The manifest files below {@code dir}, in path order. Links to files are followed, links to directories are not
     * (as {@code kubectl apply -R} walks); a manifest name on anything but a regular file (a FIFO, a socket, a device,
     * a dangling link) is refused, naming it, rather than read: a FIFO would block the reader.
     */
    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            // every name but a directory's: readFile refuses what is not a regular file
            return walk.filter(ManifestReader::isManifest).filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isManifest(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean manifest = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
        return manifest && !name.equals("kustomization.yaml") && !name.equals("kustomization.yml");
    }

    private static void requireRegular(Path file) {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isSymbolicLink(file)) {
            String to;
            try {
                to = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                to = "?";
            }
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("cannot read " + file + ": it is a symbolic link to " + to
                        + ", which does not exist");
            }
        }
        if (!Files.exists(file)) {
            return; // reading it says so (NoSuchFileException)
        }
        // read() walks directories, so this is a FIFO, a socket or a device
        throw new IllegalArgumentException("cannot read " + file + ": it is not a regular file (a FIFO, socket or"
                + " device); Shipshape reads regular files and walks directories");
    }

    private static void readFile(Path file, List<Read> out) {
        requireRegular(file);
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
        boolean json = isJson(text);
        ObjectMapper mapper = json ? Serialization.json() : yaml;
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                while (true) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        return;
                    }
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode doc = tree(parser, file);
                    // an empty document, null and ~ alike (kubectl skips them; the YAML parser reads ~ as a string)
                    if (doc.isNull() || doc.isString() && doc.stringValue().equals("~")) {
                        continue;
                    }
                    add(doc, file.toString(), line, yaml, out);
                }
            } catch (JacksonException e) {
                throw notValid(file, text, json, e, parser.currentLocation().getLineNr());
            }
        }
    }

    /** Like kubectl's decoder: a file whose first character is a brace is a stream of JSON values. */
    static boolean isJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return false;
            }
        }
        return false;
    }

    private static IllegalArgumentException notValid(Path file, String text, boolean json, JacksonException e, int parserLine) {
        String message = Names.printable(e.getOriginalMessage());
        int line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : parserLine;
        if (!json && message.contains("special characters are not allowed")) {
            // the YAML reader checks the characters ahead of parsing and reports them at line 1: find the first
            int l = 1;
            for (int i = 0; i < text.length(); i++) {
                int c = text.codePointAt(i);
                if (c == '\n') {
                    l++;
                } else if (!printable(c)) {
                    return new IllegalArgumentException(file + ":" + l + ": not valid YAML: the character "
                            + String.format("U+%04X", c) + " is not allowed in YAML (only printable characters, tab and"
                            + " line breaks); escape it in a double-quoted string (\\x" + String.format("%02x", c & 0xff)
                            + " or \\u" + String.format("%04x", c) + ")", e);
                }
                if (Character.isSupplementaryCodePoint(c)) {
                    i++;
                }
            }
        }
        return new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": not valid " + (json ? "JSON" : "YAML")
                + ": " + message, e);
    }

    /** YAML 1.2's printable characters (snakeyaml-engine's {@code StreamReader.isPrintable}). */
    static boolean printable(int c) {
        return c >= 0x20 && c <= 0x7E || c == 0x9 || c == 0xA || c == 0xD || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * The value at the parser's current token, as a tree; a key that appears twice in one mapping is refused with
     * both lines, as kubectl refuses it (its YAML reader does; the API server's strict decoding does for JSON).
     */
    private static JsonNode tree(JsonParser parser, Path file) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                Map<String, Integer> lines = new HashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    int line = parser.currentTokenLocation().getLineNr();
                    Integer first = lines.putIfAbsent(key, line);
                    if (first != null) {
                        throw new IllegalArgumentException(file + ":" + line + ": the key '" + Names.printable(key)
                                + "' appears twice in one mapping (lines " + first + " and " + line + "); kubectl refuses"
                                + " duplicate keys: keep one");
                    }
                    parser.nextToken();
                    object.set(key, tree(parser, file));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser, file));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.stringNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                        ? nodes.numberNode(parser.getDecimalValue()) : nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            case VALUE_EMBEDDED_OBJECT -> {
                Object embedded = parser.getEmbeddedObject();
                return embedded instanceof byte[] bytes ? nodes.binaryNode(bytes) : nodes.pojoNode(embedded);
            }
            default -> throw new IllegalStateException("unexpected " + token + " at " + file + ":"
                    + parser.currentTokenLocation().getLineNr());
        }
    }

    private static void add(JsonNode doc, String file, int line, ObjectMapper yaml, List<Read> out) {
        String where = file + ":" + line;
        if (!doc.isObject()) {
            throw new IllegalArgumentException(where + ": a document must be a Kubernetes object (a mapping), not "
                    + doc.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        for (String field : List.of("apiVersion", "kind")) {
            JsonNode value = doc.path(field);
            if (!value.isMissingNode() && !value.isNull() && !value.isString()) {
                throw new IllegalArgumentException(where + ": " + field + " must be a string (" + (field.equals("kind")
                        ? "such as Deployment" : "such as v1 or apps/v1") + "), not the " + nodeType(value) + " "
                        + Names.printable(value.toString()));
            }
        }
        JsonNode name = doc.path("metadata").path("name");
        if (!name.isMissingNode() && !name.isNull() && !name.isString()) {
            throw new IllegalArgumentException(where + ": metadata.name must be a string, not the " + nodeType(name) + " "
                    + Names.printable(name.toString()) + "; quote it");
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

    private static String nodeType(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
