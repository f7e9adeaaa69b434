package dev.shipshape.internal.io;

import dev.shipshape.internal.objects.Raw;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    public record Read(HasMetadata object, String file, int line, Raw raw) {
    }

    /**
     * A file or document that could not be read.
     *
     * @param file   the file
     * @param line   the line the problem is on (1-based), or 0 for the file as a whole
     * @param reason why, in words
     */
    public record Unreadable(String file, int line, String reason) {
        /** As the exceptions of {@link #read} say it: {@code file:line: reason}, or {@code cannot read file: reason}. */
        public String message() {
            return line > 0 ? file + ":" + line + ": " + reason : "cannot read " + file + ": " + reason;
        }
    }

    /**
     * What {@link #readAll} read.
     *
     * @param objects    the objects read
     * @param unreadable the files and documents that could not be read, in file and line order
     * @param files      every file read or tried, in the order read (a report's list of what was checked)
     */
    public record Result(List<Read> objects, List<Unreadable> unreadable, List<String> files) {
    }

    /** One unreadable file or document, thrown inside the reader and either collected or rethrown. */
    private static final class Refused extends IllegalArgumentException {
        private final transient Unreadable unreadable;

        Refused(Unreadable unreadable, Throwable cause) {
            super(unreadable.message(), cause);
            this.unreadable = unreadable;
        }
    }

    private static Refused refused(Object file, int line, String reason) {
        return new Refused(new Unreadable(file.toString(), line, reason), null);
    }

    private static Refused refused(Object file, int line, String reason, Throwable cause) {
        return new Refused(new Unreadable(file.toString(), line, reason), cause);
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
        Result result = read(paths, true);
        for (Read r : result.objects()) {
            if (r.raw().typingError().isPresent()) {
                throw new IllegalArgumentException(r.file() + ":" + r.line() + ": " + r.raw().typingError().get());
            }
            if (r.object().getMetadata().getName() == null || r.object().getMetadata().getName().isEmpty()) {
                throw new IllegalArgumentException(r.file() + ":" + r.line() + ": " + r.object().getKind()
                        + " has no metadata.name" + (r.object().getMetadata().getGenerateName() == null ? ""
                        : " (a generateName is for objects the API server names; Shipshape writes one file per name)"));
            }
        }
        return result.objects();
    }

    /**
     * Every object that can be read in {@code paths}, and every file or document that cannot, with why: a bad document
     * costs only itself (a file that is not valid YAML, the documents from the error on), never the rest. A document
     * that cannot be read as its kind's class (a string where a number belongs) is read as a generic object, with the
     * reason in its {@link Raw#typingError()}. Objects without a name are kept (the checks say what is missing).
     *
     * @param paths files and directories
     * @return the objects and the unreadable parts
     * @throws IllegalArgumentException only for a null path
     */
    public static Result readAll(List<Path> paths) {
        return read(paths, false);
    }

    /**
     * {@link #readAll(List)}, then YAML given as text under a name of its own ({@code <stdin>} for standard input),
     * read and reported as if it were a file of that name.
     *
     * @param paths files and directories
     * @param texts names and their YAML, in the order to read them
     * @return the objects and the unreadable parts
     */
    public static Result readAll(List<Path> paths, java.util.Map<String, String> texts) {
        Result files = read(paths, false);
        List<Read> out = new ArrayList<>(files.objects());
        List<Unreadable> unreadable = new ArrayList<>(files.unreadable());
        List<String> tried = new ArrayList<>(files.files());
        for (java.util.Map.Entry<String, String> t : texts.entrySet()) {
            tried.add(t.getKey());
            try {
                parse(t.getKey(), t.getValue(), out, unreadable);
            } catch (Refused e) {
                unreadable.add(e.unreadable);
            }
        }
        return new Result(out, unreadable, tried);
    }

    private static Result read(List<Path> paths, boolean strict) {
        List<Read> out = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (Path p : paths) {
            if (p == null) {
                throw new IllegalArgumentException("a manifest path must not be null");
            }
            List<Path> files;
            if (Files.isDirectory(p)) {
                try {
                    files = files(p);
                } catch (Refused e) {
                    if (strict) {
                        throw e;
                    }
                    unreadable.add(e.unreadable);
                    tried.add(p.toString());
                    continue;
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                tried.add(f.toString());
                try {
                    readFile(f, out, strict ? null : unreadable);
                } catch (Refused e) {
                    if (strict) {
                        throw e;
                    }
                    unreadable.add(e.unreadable);
                }
            }
        }
        return new Result(out, unreadable, tried);
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
            throw refused(dir, 0, "it is a directory that cannot be walked: " + e.getMessage(), e);
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
                throw refused(file, 0, "it is a symbolic link to " + to + ", which does not exist");
            }
        }
        if (!Files.exists(file)) {
            return; // reading it says so (NoSuchFileException)
        }
        // read() walks directories, so this is a FIFO, a socket or a device
        throw refused(file, 0, "it is not a regular file (a FIFO, socket or device); Shipshape reads"
                + " regular files and walks directories");
    }

    /**
     * Reads {@code file} into {@code out}. With {@code unreadable} null, the first bad document throws; else each bad
     * document is added there and reading goes on with the next (after a syntax error, nothing more of the file can
     * be read: the error is the last entry for it).
     */
    private static void readFile(Path file, List<Read> out, List<Unreadable> unreadable) {
        requireRegular(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw refused(file, 0, "it is not UTF-8 text", e);
        } catch (IOException e) {
            throw refused(file, 0, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        parse(file.toString(), text, out, unreadable);
    }

    /** Reads the documents of {@code text}, named {@code file} (a path, or a name such as {@code <stdin>}). */
    private static void parse(String file, String text, List<Read> out, List<Unreadable> unreadable) {
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
                    Lines lines = new Lines();
                    JsonNode doc = tree(parser, file, lines);
                    // an empty document, null and ~ alike (kubectl skips them; the YAML parser reads ~ as a string)
                    if (doc.isNull() || doc.isString() && doc.stringValue().equals("~")) {
                        continue;
                    }
                    try {
                        if (lines.duplicate != null) {
                            throw lines.duplicate;
                        }
                        add(doc, file, line, yaml, lines, out);
                    } catch (Refused e) {
                        if (unreadable == null) {
                            throw e;
                        }
                        unreadable.add(e.unreadable);
                    }
                }
            } catch (JacksonException e) {
                throw notValid(file, text, json, e, parser.currentLocation().getLineNr());
            }
        }
    }

    /** The lines of one document's values and keys, and the first key found twice in a mapping. */
    private static final class Lines {
        final IdentityHashMap<JsonNode, Integer> values = new IdentityHashMap<>();
        final IdentityHashMap<JsonNode, Map<String, Integer>> keys = new IdentityHashMap<>();
        Refused duplicate;
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

    private static Refused notValid(String file, String text, boolean json, JacksonException e, int parserLine) {
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
                    return refused(file, l, "not valid YAML: the character "
                            + String.format("U+%04X", c) + " is not allowed in YAML (only printable characters, tab and"
                            + " line breaks); escape it in a double-quoted string (\\x" + String.format("%02x", c & 0xff)
                            + " or \\u" + String.format("%04x", c) + ")", e);
                }
                if (Character.isSupplementaryCodePoint(c)) {
                    i++;
                }
            }
        }
        return refused(file, Math.max(line, 1), "not valid " + (json ? "JSON" : "YAML") + ": " + message, e);
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
    private static JsonNode tree(JsonParser parser, String file, Lines lines) {
        int at = parser.currentTokenLocation().getLineNr();
        JsonNode node = node(parser, file, lines);
        lines.values.put(node, at);
        return node;
    }

    private static JsonNode node(JsonParser parser, String file, Lines lines) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                Map<String, Integer> keys = new HashMap<>();
                lines.keys.put(object, keys);
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    int line = parser.currentTokenLocation().getLineNr();
                    Integer first = keys.putIfAbsent(key, line);
                    parser.nextToken();
                    JsonNode value = tree(parser, file, lines);
                    if (first != null) {
                        if (lines.duplicate == null) {
                            lines.duplicate = refused(file, line, "the key '" + Names.printable(key) + "' appears twice in"
                                    + " one mapping (lines " + first + " and " + line + "); kubectl refuses duplicate keys:"
                                    + " keep one");
                        }
                    } else {
                        object.set(key, value);
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser, file, lines));
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

    private static void add(JsonNode doc, String file, int line, ObjectMapper yaml, Lines lines, List<Read> out) {
        if (!doc.isObject()) {
            throw refused(file, line, "a document must be a Kubernetes object (a mapping), not "
                    + doc.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        for (String field : List.of("apiVersion", "kind")) {
            JsonNode value = doc.path(field);
            if (!value.isMissingNode() && !value.isNull() && !value.isString()) {
                throw refused(file, line, field + " must be a string (" + (field.equals("kind")
                        ? "such as Deployment" : "such as v1 or apps/v1") + "), not the " + nodeType(value) + " "
                        + Names.printable(value.toString()));
            }
        }
        for (String field : List.of("name", "generateName")) {
            JsonNode name = doc.path("metadata").path(field);
            if (!name.isMissingNode() && !name.isNull() && !name.isString()) {
                throw refused(file, line, "metadata." + field + " must be a string, not the " + nodeType(name) + " "
                        + Names.printable(name.toString()) + "; quote it");
            }
        }
        String kind = doc.path("kind").asString("");
        String apiVersion = doc.path("apiVersion").asString("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw refused(file, line, "the object has no " + (apiVersion.isEmpty() ? "apiVersion" : "kind")
                    + "; every Kubernetes object names its apiVersion and kind");
        }
        if (kind.equals("List") && doc.path("items").isArray()) {
            for (JsonNode item : doc.path("items")) {
                add(item, file, lines.values.getOrDefault(item, line), yaml, lines, out);
            }
            return;
        }
        KubernetesResource resource;
        Optional<String> typingError = Optional.empty();
        try {
            resource = yaml.treeToValue(doc, KubernetesResource.class);
        } catch (JacksonException e) {
            String name = doc.path("metadata").path("name").asString("");
            typingError = Optional.of(kind + (name.isEmpty() ? "" : " " + name) + " does not match the " + apiVersion
                    + " schema: " + Names.printable(e.getOriginalMessage()));
            try {
                // read as a generic object, so what can still be checked is (the raw tree's checks say what is wrong)
                resource = yaml.treeToValue(doc, GenericKubernetesResource.class);
            } catch (JacksonException again) {
                throw refused(file, line, typingError.get(), e);
            }
        }
        if (!(resource instanceof HasMetadata object)) {
            throw refused(file, line, apiVersion + "/" + kind + " is not an object with metadata");
        }
        if (object.getMetadata() == null) {
            object.setMetadata(new ObjectMeta());
        }
        out.add(new Read(object, file, line, new Raw(doc, lines.values, lines.keys, typingError)));
    }

    private static String nodeType(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
