package dev.shipshape.units;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference: {@code [registry[:port]/]repository[:tag][@sha256:digest]}.
 *
 * <pre>{@code
 * Image i = Image.parse("my-repo/journal-server:v1.0.1-bfeda01f");
 * i.tag();              // Optional[v1.0.1-bfeda01f]
 * i.isPinned();         // false: no @sha256 digest
 * i.normalizedName();   // "docker.io/my-repo/journal-server"
 * Image.parse("nginx:1.27").normalizedName();   // "docker.io/library/nginx", as the container runtime pulls it
 * Image.parse("ghcr.io:443/acme/redis@sha256:" + "a".repeat(64)).isPinned();   // true
 * Image.parse("UPPER/case");   // IllegalArgumentException: repositories are lowercase
 * }</pre>
 *
 * <p>The grammar and the normalization are those of the distribution reference library ({@code
 * ParseNormalizedNamed}) that Docker, containerd and the kubelet use: a first path component is a registry when it
 * contains {@code .} or {@code :} or is {@code localhost}; otherwise the image is on Docker Hub ({@code docker.io},
 * which {@code index.docker.io} also names), where a one-component name is an official image under {@code library/}.
 * Shipshape is stricter in three places, on purpose: a first component with uppercase letters (which the library
 * would read as a registry host) is refused, as it is nearly always a repository miswritten; a repository that is 64
 * hex digits is refused with a tag too (the library refuses it only bare: it reads as an image id); only
 * {@code sha256} digests are accepted (the only algorithm the library registers by default).
 */
public final class Image {

    /** The registry assumed for references that name none. */
    public static final String DEFAULT_REGISTRY = "docker.io";
    /** The legacy name of Docker Hub's registry, normalized to {@value #DEFAULT_REGISTRY}. */
    private static final String LEGACY_REGISTRY = "index.docker.io";
    /** The namespace of Docker Hub's official images. */
    private static final String OFFICIAL_PREFIX = "library/";

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern REGISTRY = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern IMAGE_ID = Pattern.compile("[a-f0-9]{64}");
    private static final int MAX_PATH = 255;

    private final String text;
    private final Optional<String> registry;
    private final String repository;
    private final String normalizedName;
    private final Optional<String> tag;
    private final Optional<String> digest;

    private Image(String text, Optional<String> registry, String repository, Optional<String> tag, Optional<String> digest) {
        this.text = text;
        this.registry = registry;
        this.repository = repository;
        this.normalizedName = normalize(registry, repository);
        this.tag = tag;
        this.digest = digest;
    }

    /**
     * Parses an image reference.
     *
     * @param reference the image reference
     * @return the image
     * @throws IllegalArgumentException naming the reference and what is wrong with it
     */
    public static Image parse(String reference) {
        if (reference == null || reference.isEmpty()) {
            throw new IllegalArgumentException("image reference must not be empty (e.g. 'redis:7.2.4-alpine')");
        }
        if (reference.length() > 1024) {
            throw invalid(reference, "longer than 1024 characters");
        }
        String rest = reference;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            String d = rest.substring(at + 1);
            if (!DIGEST.matcher(d).matches()) {
                throw invalid(reference, "digest '" + Names.printable(d) + "' must be sha256: followed by 64 lowercase hex digits");
            }
            digest = Optional.of(d);
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int lastSlash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > lastSlash) {
            String t = rest.substring(colon + 1);
            if (!TAG.matcher(t).matches()) {
                throw invalid(reference, "tag '" + Names.printable(t) + "' must be 1-128 of letters, digits, '_', '.' and '-', not starting with '.' or '-'");
            }
            tag = Optional.of(t);
            rest = rest.substring(0, colon);
        }
        if (IMAGE_ID.matcher(rest).matches()) {
            throw invalid(reference, "a repository of 64 hex digits reads as an image id, which cannot be pulled by name;"
                    + " name the repository");
        }
        Optional<String> registry = Optional.empty();
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                if (!REGISTRY.matcher(first).matches()) {
                    throw invalid(reference, "registry '" + Names.printable(first) + "' is not a host name with an optional port");
                }
                registry = Optional.of(first);
                rest = rest.substring(slash + 1);
            } else if (!first.toLowerCase(Locale.ROOT).equals(first) && REGISTRY.matcher(first).matches()) {
                throw invalid(reference, "repository '" + Names.printable(rest) + "' must be lowercase (container runtimes"
                        + " would read '" + first + "' as a registry host: name a registry with its domain, e.g. 'registry.example.com/"
                        + rest.substring(slash + 1) + "')");
            }
        }
        if (!REPOSITORY.matcher(rest).matches()) {
            throw invalid(reference, "repository '" + Names.printable(rest) + "' must be " + (REPOSITORY.matcher(rest.toLowerCase(Locale.ROOT)).matches()
                    ? "lowercase" : "lowercase path components of letters and digits separated by '.', '_', '__' or '-' and joined by '/'"));
        }
        int pathLength = normalize(registry, rest).length() - effectiveRegistry(registry).length() - 1;
        if (pathLength > MAX_PATH) {
            throw invalid(reference, "repository path is " + pathLength + " characters long, more than " + MAX_PATH);
        }
        return new Image(reference, registry, rest, tag, digest);
    }

    private static String effectiveRegistry(Optional<String> registry) {
        return registry.filter(r -> !r.equals(LEGACY_REGISTRY)).orElse(DEFAULT_REGISTRY);
    }

    /** {@code registry/path} as the runtime pulls it: Docker Hub's one-component names under {@code library/}. */
    private static String normalize(Optional<String> registry, String repository) {
        String host = effectiveRegistry(registry);
        boolean official = host.equals(DEFAULT_REGISTRY) && repository.indexOf('/') < 0;
        return host + "/" + (official ? OFFICIAL_PREFIX : "") + repository;
    }

    private static IllegalArgumentException invalid(String reference, String why) {
        return new IllegalArgumentException("invalid image reference '" + Names.printable(reference) + "': " + why);
    }

    /**
     * The registry as written, if the reference names one ({@code ghcr.io}, {@code localhost:5000}).
     *
     * @return the registry as written, if the reference names one
     */
    public Optional<String> registry() {
        return registry;
    }

    /**
     * The registry the runtime pulls from: the one written, or {@value #DEFAULT_REGISTRY} (also for
     * {@code index.docker.io}, Docker Hub's legacy name).
     *
     * @return the registry the runtime pulls from
     */
    public String effectiveRegistry() {
        return effectiveRegistry(registry);
    }

    /**
     * The repository path as written, without registry, tag or digest: {@code my-repo/journal-server}.
     *
     * @return the repository path as written
     */
    public String repository() {
        return repository;
    }

    /**
     * The fully qualified name the runtime pulls, without tag or digest: {@code nginx}, {@code library/nginx},
     * {@code docker.io/library/nginx} and {@code index.docker.io/library/nginx} all give
     * {@code docker.io/library/nginx}.
     *
     * @return the normalized name
     */
    public String normalizedName() {
        return normalizedName;
    }

    /** {@return the tag, if any} */
    public Optional<String> tag() {
        return tag;
    }

    /** {@return the {@code sha256:…} digest, if any} */
    public Optional<String> digest() {
        return digest;
    }

    /** {@return whether the reference carries a digest, so every pull gets the same bytes} */
    public boolean isPinned() {
        return digest.isPresent();
    }

    /**
     * {@return whether what the reference pulls can change without the reference changing: no digest, and no tag or {@code latest}}
     */
    public boolean isMutable() {
        return digest.isEmpty() && tag.map("latest"::equals).orElse(true);
    }

    /**
     * Whether this image comes from {@code source}: a registry host ({@code docker.io}, {@code ghcr.io},
     * {@code localhost:5000}) or a path prefix ({@code my-repo}, {@code ghcr.io/acme}, {@code library/nginx}), compared
     * component by component after both are normalized as the runtime does: {@code nginx} comes from {@code docker.io},
     * {@code index.docker.io}, {@code library}, {@code library/nginx} and {@code nginx}.
     *
     * <pre>{@code
     * Image.parse("nginx:1.27").isFrom("docker.io/library");   // true
     * Image.parse("ghcr.io/acme/api:1").isFrom("ghcr.io/acme");  // true
     * Image.parse("ghcr.io/acme/api:1").isFrom("ghcr.io/ac");    // false: component by component
     * }</pre>
     *
     * @param source a registry host or path prefix
     * @return whether this image comes from {@code source}
     * @throws IllegalArgumentException if {@code source} is neither a registry host nor a repository path
     */
    public boolean isFrom(String source) {
        for (String prefix : sourcePrefixes(source)) {
            if (normalizedName.equals(prefix) || normalizedName.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code source} covers, normalized: a registry host stands for itself; a path on Docker Hub whose one
     * component could be a namespace or an official image stands for both ({@code nginx} is
     * {@code docker.io/nginx/…} and {@code docker.io/library/nginx}).
     *
     * @param source a registry host or path prefix, as {@code Policy.allowRegistries} takes
     * @return the normalized prefixes
     * @throws IllegalArgumentException if {@code source} is neither
     */
    public static List<String> sourcePrefixes(String source) {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("image source must be a registry host or a path prefix, e.g. 'ghcr.io/acme'");
        }
        String s = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        int slash = s.indexOf('/');
        String first = slash < 0 ? s : s.substring(0, slash);
        boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
        if (host && !REGISTRY.matcher(first).matches() || !host && !REPOSITORY.matcher(s).matches()
                || host && slash >= 0 && !REPOSITORY.matcher(s.substring(slash + 1)).matches()) {
            throw new IllegalArgumentException("image source '" + Names.printable(source) + "' must be a registry host"
                    + " ('ghcr.io', 'localhost:5000') or a repository path prefix ('my-repo', 'ghcr.io/acme')");
        }
        if (host && slash < 0) {
            return List.of(effectiveRegistry(Optional.of(s)));
        }
        String registryHost = host ? effectiveRegistry(Optional.of(first)) : DEFAULT_REGISTRY;
        String path = host ? s.substring(slash + 1) : s;
        if (registryHost.equals(DEFAULT_REGISTRY) && path.indexOf('/') < 0 && !path.equals("library")) {
            return List.of(registryHost + "/" + path, registryHost + "/" + OFFICIAL_PREFIX + path);
        }
        return List.of(registryHost + "/" + path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && i.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The reference exactly as given. */
    @Override
    public String toString() {
        return text;
    }
}
