package dev.iptvbridge.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleCookieTest {

    @Test
    void the_session_cookie_is_http_only_and_same_site_strict_and_secure_only_under_tls() {
        assertThat(ConsoleGuard.cookie("abc", false)).isEqualTo("iptvbridge_console=abc; Path=/console; HttpOnly; "
                + "SameSite=Strict");
        assertThat(ConsoleGuard.cookie("abc", true)).endsWith("; HttpOnly; SameSite=Strict; Secure");
    }

    @Test
    void every_value_on_a_page_is_escaped() {
        assertThat(Html.esc("<script>alert('x')</script> & \"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;");
    }
}
