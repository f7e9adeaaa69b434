package dev.shipshape.internal.lang;

import java.util.Locale;

/** A valid name close to an invalid one, for messages that say how to fix a name. Not API. */
public final class NameSuggestions {

    private NameSuggestions() {
    }

    /**
     * {@code name} lowercased, with every character outside {@code [a-z0-9]} as '-', trimmed to {@code max} and of
     * leading and trailing '-'; with {@code x-} in front when it must start with a letter and does not.
     *
     * @param name        the invalid name
     * @param letterFirst whether the name must start with a letter (DNS-1035)
     * @param max         the longest allowed
     * @return a valid DNS label close to it
     */
    public static String label(String name, boolean letterFirst, int max) {
        StringBuilder b = new StringBuilder();
        for (char ch : String.valueOf(name).toLowerCase(Locale.ROOT).toCharArray()) {
            b.append((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch : '-');
        }
        String s = b.toString().replaceAll("-{2,}", "-");
        if (letterFirst && (s.isEmpty() || !Character.isLetter(s.charAt(0)))) {
            s = "x-" + s;
        }
        if (s.length() > max) {
            s = s.substring(0, max);
        }
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
