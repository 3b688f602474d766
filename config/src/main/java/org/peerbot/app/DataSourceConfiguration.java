package org.peerbot.app;

import com.zaxxer.hikari.HikariDataSource;
import org.peerbot.store.jdbc.JdbcStores;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The database pool, built by Spring Boot (Hikari underneath; {@code spring.datasource.hikari.*} tunes it).
 * PostgreSQL, or any JDBC database, when {@code spring.datasource.url} is set (Boot's {@link DataSourceProperties});
 * otherwise the embedded H2 database in files under {@code peerbot.data-dir}. Declared here so that Boot's own
 * DataSource stands back: without a URL it would make an in-memory database, which a restart empties.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties database, PeerBotProperties props) {
        if (!StringUtils.hasText(database.getUrl())) {
            HikariDataSource embedded = DataSourceBuilder.create().type(HikariDataSource.class)
                    .url(JdbcStores.embeddedUrl(props.dataDir())).username(JdbcStores.EMBEDDED_USER).password("")
                    .build();
            embedded.setPoolName("peerbot-embedded");
            embedded.setMaximumPoolSize(JdbcStores.EMBEDDED_POOL_SIZE);
            return embedded;
        }
        HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("peerbot");
        return pool;
    }
}
