package dev.shipshape.internal.lang;

/** Text for messages: values shown safely, whatever they hold. Not API. */
public final class Text {

    private Text() {
    }

    /**
     * {@code s} as a message may show it: control characters and line separators escaped ({@code \u000a}), cut to 80
     * characters with the full length said, {@code "null"} for null.
     *
     * @param s any string, or null
     * @return a one-line, printable form of it
     */
    public static String printable(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        int limit = Math.min(s.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > limit) {
            b.append("…(").append(s.length()).append(" chars)");
        }
        return b.toString();
    }
}
