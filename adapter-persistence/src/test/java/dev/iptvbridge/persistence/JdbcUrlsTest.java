package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void h2FileDatabasesAreOpenedWithAutoServer() {
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:file:./data/bridge"))
                .isEqualTo("jdbc:h2:file:./data/bridge;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:./data/bridge;MODE=Regular"))
                .isEqualTo("jdbc:h2:./data/bridge;MODE=Regular;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:~/bridge")).contains(";AUTO_SERVER=TRUE");
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:/var/lib/bridge/db")).contains(";AUTO_SERVER=TRUE");
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:C:/bridge/db")).contains(";AUTO_SERVER=TRUE");
    }

    @Test
    void anExplicitAutoServerSettingAndOtherDatabasesAreLeftAlone() {
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:file:./db;auto_server=false;write_delay=500"))
                .isEqualTo("jdbc:h2:file:./db;auto_server=false;write_delay=500");
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(JdbcUrls.withAutoServer("jdbc:h2:tcp://localhost/db")).isEqualTo("jdbc:h2:tcp://localhost/db");
        assertThat(JdbcUrls.withAutoServer("jdbc:postgresql://db/bridge")).isEqualTo("jdbc:postgresql://db/bridge");
    }

    @Test
    void aReadOnlyLookOpensAnH2FileOnlyIfItExists() {
        assertThat(JdbcUrls.existingOnly("jdbc:h2:file:./db;IfExists=false"))
                .isEqualTo("jdbc:h2:file:./db;AUTO_SERVER=TRUE;WRITE_DELAY=0;IFEXISTS=TRUE");
        assertThat(JdbcUrls.existingOnly("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(JdbcUrls.existingOnly("jdbc:postgresql://db/bridge")).isEqualTo("jdbc:postgresql://db/bridge");
    }

    @Test
    void masksPasswordsInUrls() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://db/bridge?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/bridge?user=u&password=****&ssl=true");
        assertThat(JdbcUrls.masked("jdbc:h2:tcp://h/db;PASSWORD=secret;X=1")).isEqualTo("jdbc:h2:tcp://h/db;PASSWORD=****;X=1");
    }
}
