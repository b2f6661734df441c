package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.embedded.config.ConfigException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signs operators in with the admin credentials and guards every other console route: no session is a
 * redirect to the login form, a POST without the session's CSRF token is a 403, and an action runs only
 * after its confirmation form came back.
 */
final class ConsoleGuard {

    static final String COOKIE = "iptvbridge_console";

    private final ConsoleSessions sessions;
    private final byte[] username;
    private final byte[] password;
    private final boolean secure;

    ConsoleGuard(ConsoleSessions sessions, String username, String password, boolean secure) {
        this.sessions = sessions;
        this.username = username.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
        this.secure = secure;
    }

    void loginForm(Context ctx) {
        String error = ctx.queryParam("failed") == null ? "" : "<p class=\"warn\">Wrong username or password.</p>";
        ctx.html(Html.page("Sign in", null, error + "<form method=\"post\" action=\"/console/login\">"
                + "<p><label>Username <input name=\"username\" id=\"username\" autocomplete=\"username\"></label></p>"
                + "<p><label>Password <input type=\"password\" name=\"password\" id=\"password\" "
                + "autocomplete=\"current-password\"></label></p><button type=\"submit\" id=\"sign-in\">Sign in</button>"
                + "</form>"));
    }

    void login(Context ctx) {
        String user = Optional.ofNullable(ctx.formParam("username")).orElse("");
        String given = Optional.ofNullable(ctx.formParam("password")).orElse("");
        // Both compared, in constant time, so that the answer's timing tells nothing of which was wrong.
        boolean userOk = MessageDigest.isEqual(username, user.getBytes(StandardCharsets.UTF_8));
        boolean passwordOk = MessageDigest.isEqual(password, given.getBytes(StandardCharsets.UTF_8));
        if (!(userOk & passwordOk)) {
            ctx.redirect("/console/login?failed");
            return;
        }
        ConsoleSession session = sessions.open(user);
        ctx.header("Set-Cookie", cookie(session.id(), secure));
        ctx.redirect("/console");
    }

    Handler page(ConsoleHandler handler) {
        return ctx -> {
            Optional<ConsoleSession> session = sessions.find(ctx.cookie(COOKIE));
            if (session.isEmpty()) {
                ctx.redirect("/console/login");
                return;
            }
            try {
                handler.handle(ctx, session.get());
            } catch (IllegalArgumentException wrong) {
                ctx.status(400).html(Html.page("Not understood", session.get(), "<p class=\"warn\">"
                        + Html.esc(wrong.getMessage()) + "</p>"));
            } catch (ConfigException wrong) {
                ctx.status(400).html(Html.page("Not understood", session.get(), "<p class=\"warn\">"
                        + Html.esc(wrong.getMessage()) + "</p>"));
            } catch (IntegrationException failure) {
                ctx.status(503).html(Html.page("Cannot answer now", session.get(), "<p class=\"warn\">"
                        + Html.esc(failure.getMessage()) + "</p>"));
            }
        };
    }

    /** A form that changes nothing: it needs the CSRF token, no confirmation. */
    Handler post(ConsoleHandler handler) {
        return page((ctx, session) -> {
            String token = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
            if (!MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                ctx.status(403).html(Html.page("Refused", session, "<p class=\"warn\">This form has no valid CSRF "
                        + "token: reload the page and submit it again.</p>"));
                return;
            }
            handler.handle(ctx, session);
        });
    }

    /** A change: the CSRF token, then a confirmation page, then the change. */
    Handler action(String title, ConsoleAction action) {
        return post((ctx, session) -> {
            if (!"yes".equals(ctx.formParam("confirmed"))) {
                Map<String, String> fields = new LinkedHashMap<>();
                ctx.formParamMap().forEach((name, values) -> {
                    if (!name.equals("csrf") && !values.isEmpty()) {
                        fields.put(name, values.get(0));
                    }
                });
                fields.put("confirmed", "yes");
                ctx.html(Html.page("Confirm: " + title, session, "<p id=\"confirm-what\">" + Html.esc(action.describe(ctx))
                        + "</p>" + Html.form(ctx.path(), session, fields, "Confirm") + " <a href=\"/console\">Cancel</a>"));
                return;
            }
            ctx.html(Html.page(title, session, action.run(ctx, session)));
        });
    }

    void logout(Context ctx) {
        sessions.close(ctx.cookie(COOKIE));
        ctx.header("Set-Cookie", cookie("", secure) + "; Max-Age=0");
        ctx.redirect("/console/login");
    }

    /** The session cookie: never readable by script, never sent from another site, over TLS only when TLS is on. */
    static String cookie(String id, boolean secure) {
        return COOKIE + "=" + id + "; Path=/console; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
