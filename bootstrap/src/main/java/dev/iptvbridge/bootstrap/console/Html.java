package dev.iptvbridge.bootstrap.console;

import java.util.Map;

/** Escaping and the page frame; every value that reaches a page goes through {@link #esc}. */
final class Html {

    private static final String STYLE = "body{font-family:sans-serif;margin:0}nav{background:#234;padding:.5em}"
            + "nav a{color:#fff;margin-right:1em}main{padding:1em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}pre{background:#f4f4f4;padding:.5em}"
            + ".warn{color:#a00}form.inline{display:inline}";

    private Html() {
    }

    static String esc(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code session} may be null (the login page). */
    static String page(String title, ConsoleSession session, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append(" · IPTV Bridge</title><style>").append(STYLE).append("</style></head><body>");
        if (session != null) {
            html.append("<nav><a href=\"/console\">Overview</a><a href=\"/console/queue\">Queue</a>")
                    .append("<a href=\"/console/drift\">Drift</a><a href=\"/console/catalog\">Catalog</a>")
                    .append("<a href=\"/console/charges\">Charges</a>")
                    .append("<span style=\"color:#fff\">signed in as ").append(esc(session.username())).append("</span> ")
                    .append(form("/console/logout", session, Map.of(), "Sign out")).append("</nav>");
        }
        return html.append("<main><h1>").append(esc(title)).append("</h1>").append(body)
                .append("</main></body></html>").toString();
    }

    /** A POST button carrying the session's CSRF token and the given fields. */
    static String form(String action, ConsoleSession session, Map<String, String> fields, String label) {
        StringBuilder form = new StringBuilder("<form class=\"inline\" method=\"post\" action=\"").append(esc(action))
                .append("\"><input type=\"hidden\" name=\"csrf\" value=\"").append(esc(session.csrf())).append("\">");
        fields.forEach((name, value) -> form.append("<input type=\"hidden\" name=\"").append(esc(name))
                .append("\" value=\"").append(esc(value)).append("\">"));
        return form.append("<button type=\"submit\">").append(esc(label)).append("</button></form>").toString();
    }

    static String pre(String text) {
        return "<pre>" + esc(text) + "</pre>";
    }
}
