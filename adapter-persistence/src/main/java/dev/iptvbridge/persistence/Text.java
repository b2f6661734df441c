package dev.iptvbridge.persistence;

/** Fits free text into its column. */
final class Text {

    private static final String MARK = "…";

    private Text() {
    }

    /** The text, cut to {@code max} characters with a mark at the end when it was longer. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - MARK.length()) + MARK;
    }
}
