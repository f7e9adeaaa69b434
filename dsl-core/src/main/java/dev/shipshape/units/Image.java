package dev.shipshape.units;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference: {@code [registry[:port]/]repository[:tag][@sha256:digest]}.
 *
 * <pre>{@code
 * Image i = Image.parse("my-repo/journal-server:v1.0.1-bfeda01f");
 * i.tag();            // Optional[v1.0.1-bfeda01f]
 * i.isPinned();       // false: no @sha256 digest
 * Image.parse("ghcr.io:443/acme/redis@sha256:" + "a".repeat(64)).isPinned();   // true
 * Image.parse("UPPER/case");   // IllegalArgumentException: repositories are lowercase
 * }</pre>
 *
 * <p>The grammar is the one of the distribution reference library Docker and containerd use.
 */
public final class Image {

    /** The registry assumed for references that name none. */
    public static final String DEFAULT_REGISTRY = "docker.io";

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern REGISTRY = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]{1,5})?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final int MAX_NAME = 255;

    private final String text;
    private final Optional<String> registry;
    private final String repository;
    private final Optional<String> tag;
    private final Optional<String> digest;

    private Image(String text, Optional<String> registry, String repository, Optional<String> tag, Optional<String> digest) {
        this.text = text;
        this.registry = registry;
        this.repository = repository;
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
        if (reference.length() > 512) {
            throw invalid(reference, "longer than 512 characters");
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
        Optional<String> registry = Optional.empty();
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                if (!REGISTRY.matcher(first).matches()) {
                    throw invalid(reference, "registry '" + Names.printable(first) + "' is not a host name with an optional port");
                }
                registry = Optional.of(first);
                rest = rest.substring(slash + 1);
            }
        }
        if (!REPOSITORY.matcher(rest).matches()) {
            throw invalid(reference, "repository '" + Names.printable(rest) + "' must be lowercase path components of"
                    + " letters and digits separated by '.', '_', '__' or '-' and joined by '/'");
        }
        if (rest.length() + registry.map(r -> r.length() + 1).orElse(0) > MAX_NAME) {
            throw invalid(reference, "name is longer than " + MAX_NAME + " characters");
        }
        return new Image(reference, registry, rest, tag, digest);
    }

    private static IllegalArgumentException invalid(String reference, String why) {
        return new IllegalArgumentException("invalid image reference '" + Names.printable(reference) + "': " + why);
    }

    /**
     * The registry as written, if the reference names one ({@code ghcr.io}, {@code localhost:5000}).
     *
     * @return the registry as written, if the reference names one ({@code ghcr.io}, {@code localhost:5000})
     */
    public Optional<String> registry() {
        return registry;
    }

    /**
     * The registry the runtime pulls from: the one written, or {@value #DEFAULT_REGISTRY}.
     *
     * @return the registry the runtime pulls from: the one written, or {@value #DEFAULT_REGISTRY}
     */
    public String effectiveRegistry() {
        return registry.orElse(DEFAULT_REGISTRY);
    }

    /**
     * The repository path without registry, tag or digest: {@code my-repo/journal-server}.
     *
     * @return the repository path without registry, tag or digest
     */
    public String repository() {
        return repository;
    }

    /**
     * The tag, if any.
     *
     * @return the tag, if any
     */
    public Optional<String> tag() {
        return tag;
    }

    /**
     * The {@code sha256:…} digest, if any.
     *
     * @return the {@code sha256:…} digest, if any
     */
    public Optional<String> digest() {
        return digest;
    }

    /**
     * Whether the reference carries a digest, so every pull gets the same bytes.
     *
     * @return whether the reference carries a digest, so every pull gets the same bytes
     */
    public boolean isPinned() {
        return digest.isPresent();
    }

    /**
     * Whether what the reference pulls can change without the reference changing: no digest, and no tag or {@code latest}.
     *
     * @return whether what the reference pulls can change without the reference changing: no digest, and no tag or {@code latest}
     */
    public boolean isMutable() {
        return digest.isEmpty() && tag.map("latest"::equals).orElse(true);
    }

    /**
     * Whether this image comes from {@code source}: a registry host ({@code docker.io}, {@code ghcr.io}) or a
     * path prefix of the reference ({@code my-repo}, {@code ghcr.io/acme}), compared component by component.
     *
     * @param source a registry host or path prefix
     * @return whether this image comes from {@code source}: a registry host ({@code docker.io}, {@code ghcr.io}) or a path prefix of the reference ({@code my-repo}, {@code ghcr.io/acme}), compared component by component
     */
    public boolean isFrom(String source) {
        String s = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        if (s.equals(effectiveRegistry())) {
            return true;
        }
        String qualified = effectiveRegistry() + "/" + repository;
        String written = registry.map(r -> r + "/").orElse("") + repository;
        return qualified.startsWith(s + "/") || written.startsWith(s + "/");
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
