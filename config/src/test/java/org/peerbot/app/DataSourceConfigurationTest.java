package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The pool Boot builds: the embedded H2 database in files under {@code peerbot.data-dir} when no URL is set (as
 * before, not Boot's in-memory one), the configured database when {@code spring.datasource.url} is set, and
 * {@code spring.datasource.hikari.*} reaching the pool.
 */
class DataSourceConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PeerBotProperties.class)
    static class Props {
    }

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withUserConfiguration(Props.class, DataSourceConfiguration.class);

    @Test
    void withoutAUrlItIsTheEmbeddedDatabaseInFilesUnderTheDataDir() {
        runner.withPropertyValues("peerbot.data-dir=" + dir).run(context -> {
            assertThat(context).hasSingleBean(DataSource.class);
            HikariDataSource ds = context.getBean(HikariDataSource.class);
            assertThat(ds.getJdbcUrl()).startsWith("jdbc:h2:file:" + dir.toAbsolutePath().resolve("peerbot"))
                    .contains("MODE=PostgreSQL").contains("WRITE_DELAY=0");
            assertThat(ds.getPoolName()).isEqualTo("peerbot-embedded");
            assertThat(ds.getMaximumPoolSize()).isEqualTo(8);
            try (Connection c = ds.getConnection()) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThat(dir.resolve("peerbot.mv.db")).exists();
        });
    }

    @Test
    void aConfiguredUrlAndItsPoolSettingsAreUsed() {
        String url = "jdbc:h2:file:" + dir.resolve("elsewhere").toAbsolutePath() + ";MODE=PostgreSQL";
        runner.withPropertyValues("peerbot.data-dir=" + dir.resolve("unused"), "spring.datasource.url=" + url,
                "spring.datasource.username=someone", "spring.datasource.hikari.maximum-pool-size=3").run(context -> {
                    HikariDataSource ds = context.getBean(HikariDataSource.class);
                    assertThat(ds.getJdbcUrl()).isEqualTo(url);
                    assertThat(ds.getUsername()).isEqualTo("someone");
                    assertThat(ds.getPoolName()).isEqualTo("peerbot");
                    assertThat(ds.getMaximumPoolSize()).isEqualTo(3);
                    assertThat(dir.resolve("unused")).doesNotExist();
                });
    }
}
