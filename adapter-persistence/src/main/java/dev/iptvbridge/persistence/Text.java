package dev.iptvbridge.persistence;

/** Fits free text into its column. */
final class Text {

    private static final String MARK = "…";
    private static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    /** The text, cut to {@code max} characters with a mark at the end when it was longer. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - MARK.length()) + MARK;
    }

    /**
     * The text with control characters (NUL among them, which PostgreSQL refuses in any text
     * column) and unpaired surrogates replaced by U+FFFD.
     */
    static String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                clean.append(REPLACEMENT);
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** The text with everything but printable ASCII replaced by {@code ?}: what any column takes. */
    static String ascii(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.chars().forEach(c -> clean.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return clean.toString();
    }
}
