package dev.shipshape.examples.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.Store;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code Shipshape.check} and independent oracles agree on what the API server refuses, on valid third-party objects
 * broken the way people break YAML (issue 27): a key typed wrong, a field dropped, an enumerated value misspelt, a
 * value of the wrong type, a list item duplicated. The oracles are {@link StrictDecode} (the official Java client's
 * models, read by reflection, for unknown fields, types and required fields) and {@link ApiServer} (the port of the API
 * server's validation). Both are run against Kubernetes 1.33, the release of the client models, and {@code check}
 * under {@code Policy.kubernetesVersion("1.33")}. A mutant is refused by {@code check} when it reports an error that
 * says the API server refuses it ({@link #claimsRefusal}).
 */
class CheckAgreementProperties {

    /**
     * Whether a finding says the API server refuses the object: the {@code api.*} rules and {@code input.unreadable}
     * and {@code resources.requests-exceed-limits} always do; other rules (name, duplicate, mount, reference rules) do in the findings whose message says so, as
     * {@code reference.unresolved} does for a mount of a missing volume and not for a probe of a missing port name.
     */
    static boolean claimsRefusal(Violation v) {
        return v.isError() && (v.rule().startsWith("api.") || v.rule().equals("input.unreadable")
                || v.rule().equals("resources.requests-exceed-limits")
                || v.message().contains("API server refuses") || v.message().contains("API server rejects")
                || v.message().contains("the API server requires")
                || v.message().contains("must be a DNS-1123") || v.message().contains("must be a DNS-1035")
                || v.message().contains("is already defined by") || v.message().contains("two containers of")
                || v.message().contains("two volumes of"));
    }

    private static final Path CORPUS = Path.of("src/test/resources/third-party");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final Policy POLICY = Policy.defaults().kubernetesVersion("1.33");
    private static final Set<String> ENUMS = Set.of("imagePullPolicy", "protocol", "restartPolicy", "dnsPolicy", "type",
            "sessionAffinity", "scheme", "concurrencyPolicy", "pathType");
    private static final Set<String> PORTED = Set.of("Deployment", "StatefulSet", "Service", "ConfigMap", "Secret", "Job",
            "CronJob", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ServiceAccount",
            "PersistentVolumeClaim");

    private static Path dir;

    /**
     * The valid objects of the corpus, read and checked once per run of the property (a jqwik store), by the code under
     * test in that run. Not in a {@code @BeforeContainer} hook: PIT's mutation JVMs run the container hooks while they
     * only list the tests, once per mutated class, where reading and checking the corpus took 2.5 s each time; nor
     * kept for the JVM, where a mutant's check would decide the objects the next mutants are tried on (TESTING.md).
     */
    private static List<JsonNode> valid() {
        return Store.getOrCreate(CheckAgreementProperties.class, Lifespan.PROPERTY, () -> {
            try {
                return readTheCorpus();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get();
    }

    private static List<JsonNode> readTheCorpus() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode doc : YAML.readValues(YAML.createParser(f.toFile()), JsonNode.class).readAll()) {
                    if (doc != null && doc.isObject() && PORTED.contains(doc.path("kind").asString(""))
                            && !oracleRefuses(doc) && !checkRefuses(doc)) {
                        out.add(doc);
                    }
                }
            }
        }
        System.out.println("CheckAgreementProperties: " + out.size() + " valid objects of the corpus to mutate");
        assertThat(out).as("valid objects of the corpus, of kinds the oracle ports").hasSizeGreaterThan(20);
        return out;
    }

    /** The scratch directory the objects are written to for {@code Shipshape.check}, made on first use. */
    private static synchronized Path dir() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("agreement");
        }
        return dir;
    }

    /** Removes the scratch directory (each run made one under the temporary directory and left it there). */
    @AfterContainer
    static void removeTheScratchDirectory() throws IOException {
        if (dir != null) {
            try (Stream<Path> left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
            dir = null;
        }
    }

    static boolean oracleRefuses(JsonNode doc) {
        return !oracle(doc).isEmpty();
    }

    /** Why the oracles refuse {@code doc}: the strict decoding's refusals, else the API server port's errors. */
    static List<String> oracle(JsonNode doc) {
        Class<?> model = StrictDecode.modelOf(doc.path("apiVersion").asString(""), doc.path("kind").asString("")).orElseThrow();
        List<String> strict = StrictDecode.refusals(doc, model);
        if (!strict.isEmpty()) {
            return strict;
        }
        try {
            return ApiServer.validate(JSON_MAPPER.writeValueAsString(doc));
        } catch (RuntimeException e) {
            return List.of("the client's strict decoding: " + e.getMessage()); // it refused it
        }
    }

    static List<Violation> refusals(JsonNode doc) {
        try {
            Path file = Files.createTempFile(dir(), "mutant", ".yaml");
            Files.writeString(file, YAML.writeValueAsString(doc));
            List<Violation> found = Shipshape.check(POLICY, file).stream()
                    .filter(CheckAgreementProperties::claimsRefusal).toList();
            Files.delete(file);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean checkRefuses(JsonNode doc) {
        return !refusals(doc).isEmpty();
    }

    enum Mutation { TYPO_KEY, DROP_FIELD, MISSPELL_ENUM, WRONG_TYPE, DUPLICATE_ITEM }

    /** A place in a tree: a mapping and one of its keys, or a list and one of its indexes. */
    record Site(JsonNode parent, String key, int index) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }
    }

    private static void sites(JsonNode node, List<Site> out) {
        if (node.isObject()) {
            for (String k : node.propertyNames()) {
                out.add(new Site(node, k, -1));
                sites(node.get(k), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Site(node, null, i));
                sites(node.get(i), out);
            }
        }
    }

    /** {@code doc} mutated at its {@code pick}-th site that suits {@code m}, or null when none does. */
    static JsonNode mutate(JsonNode original, Mutation m, int pick) {
        JsonNode doc = original.deepCopy();
        List<Site> all = new ArrayList<>();
        sites(doc, all);
        List<Site> fit = all.stream().filter(s -> switch (m) {
            case TYPO_KEY, DROP_FIELD -> s.key() != null && !s.key().equals("apiVersion") && !s.key().equals("kind");
            case MISSPELL_ENUM -> s.key() != null && ENUMS.contains(s.key()) && s.value().isString();
            case WRONG_TYPE -> s.key() != null && !s.key().equals("apiVersion") && !s.key().equals("kind");
            case DUPLICATE_ITEM -> s.key() != null && s.value().isArray() && !s.value().isEmpty()
                    && s.value().get(0).isObject();
        }).toList();
        if (fit.isEmpty()) {
            return null;
        }
        Site s = fit.get(pick % fit.size());
        ObjectNode parent = (ObjectNode) s.parent();
        JsonNode value = s.value();
        switch (m) {
            case TYPO_KEY -> {
                parent.remove(s.key());
                parent.set(s.key() + "s", value);
            }
            case DROP_FIELD -> parent.remove(s.key());
            case MISSPELL_ENUM -> parent.put(s.key(), value.stringValue().toLowerCase() + "x");
            case WRONG_TYPE -> {
                if (value.isString()) {
                    parent.put(s.key(), 7);
                } else if (value.isNumber()) {
                    parent.put(s.key(), "x" + value.asString());
                } else if (value.isBoolean()) {
                    parent.put(s.key(), "maybe");
                } else if (value.isObject()) {
                    parent.set(s.key(), JSON_MAPPER.createArrayNode());
                } else {
                    parent.set(s.key(), JSON_MAPPER.createObjectNode().put("item", 1));
                }
            }
            case DUPLICATE_ITEM -> ((ArrayNode) value).add(value.get(0).deepCopy());
        }
        return doc;
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Mutation, Integer>> mutants() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(Mutation.class),
                Arbitraries.integers().between(0, 10_000)).as(Tuple::of);
    }

    @Property(tries = 2000)
    void check_and_the_oracles_agree_on_every_mutant(@ForAll("mutants") Tuple.Tuple3<Integer, Mutation, Integer> t) {
        List<JsonNode> valid = valid();
        JsonNode original = valid.get(t.get1() % valid.size());
        Statistics.label("kind of the valid object mutated").collect(original.path("kind").asString());
        JsonNode mutant = mutate(original, t.get2(), t.get3());
        if (mutant == null) {
            Statistics.label("mutation").collect(t.get2(), "no site");
            return;
        }
        List<String> why = oracle(mutant);
        boolean oracle = !why.isEmpty();
        List<Violation> found = refusals(mutant);
        Statistics.label("mutation").collect(t.get2(), oracle ? "refused by both" : "accepted by both");
        assertThat(!found.isEmpty()).as("%s of %s %s: the oracle %s it %s; check says %s", t.get2(),
                original.path("kind").asString(), original.path("metadata").path("name").asString(),
                oracle ? "refuses" : "accepts", why, found).isEqualTo(oracle);
    }
}
