package dev.shipshape.internal.lang;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.SortedMap;

/**
 * The content hash {@code kustomize}'s configMapGenerator appends to a ConfigMap's name, so that users who
 * mix tools see the same names.
 *
 * <pre>{@code
 * KustomizeHash.of(new TreeMap<>(Map.of("journalEntries", "10")));   // ten characters, e.g. "7bc9k5h8g2"
 * }</pre>
 *
 * <p>Algorithm (kustomize {@code api/hasher}): SHA-256 over the Go-encoded JSON
 * {@code {"data":{…keys sorted…},"kind":"ConfigMap","name":""}} (the name is always empty, so equal data
 * gives equal suffixes; an empty map is {@code "data":""}), the lowercase hex digest's first 10 characters,
 * then {@code 0→g 1→h 3→k a→m e→t} so the suffix never looks like a number or a bad word. Go's encoder
 * escapes {@code < > &} and U+2028/U+2029 and writes other UTF-8 raw; Jackson's defaults differ, so the
 * JSON is written by hand here.
 */
public final class KustomizeHash {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private KustomizeHash() {
    }

    /** The 10-character suffix for a ConfigMap with {@code data}. */
    public static String of(SortedMap<String, String> data) {
        StringBuilder json = new StringBuilder(64 + data.size() * 32);
        json.append("{\"data\":");
        if (data.isEmpty()) {
            json.append("\"\"");
        } else {
            json.append('{');
            boolean first = true;
            for (Map.Entry<String, String> e : data.entrySet()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                goString(json, e.getKey());
                json.append(':');
                goString(json, e.getValue());
            }
            json.append('}');
        }
        json.append(",\"kind\":\"ConfigMap\",\"name\":\"\"}");
        byte[] digest = sha256(json.toString().getBytes(StandardCharsets.UTF_8));
        char[] out = new char[10];
        for (int i = 0; i < 5; i++) {
            out[2 * i] = encode(HEX[(digest[i] >> 4) & 0xf]);
            out[2 * i + 1] = encode(HEX[digest[i] & 0xf]);
        }
        return new String(out);
    }

    private static char encode(char c) {
        return switch (c) {
            case '0' -> 'g';
            case '1' -> 'h';
            case '3' -> 'k';
            case 'a' -> 'm';
            case 'e' -> 't';
            default -> c;
        };
    }

    /** Appends {@code s} as Go's encoding/json writes a string (HTML escaping on, as in json.Marshal). */
    static void goString(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(b, c);
                default -> {
                    if (c < 0x20) {
                        unicode(b, c);
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append('\ufffd'); // Go replaces invalid UTF-8 with U+FFFD
                        }
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static void unicode(StringBuilder b, char c) {
        b.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
