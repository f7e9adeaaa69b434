package dev.shipshape.internal.rules;

import java.util.Collection;
import java.util.stream.Collectors;

/** Lists keys in messages, briefly. */
final class Keys {

    private static final int SHOWN = 5;

    private Keys() {
    }

    /** {@code 'a', 'b'} or {@code 'a', 'b', … (12 keys)}; {@code no keys} when empty. */
    static String list(Collection<String> keys) {
        if (keys.isEmpty()) {
            return "no keys";
        }
        String shown = keys.stream().limit(SHOWN).map(k -> "'" + k + "'").collect(Collectors.joining(", "));
        return keys.size() > SHOWN ? shown + ", … (" + keys.size() + " keys)" : shown;
    }
}
