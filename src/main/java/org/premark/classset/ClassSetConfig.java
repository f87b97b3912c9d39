package org.premark.classset;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The class-set feature's store, on the application's database. */
@Configuration(proxyBeanMethods = false)
class ClassSetConfig {

    @Bean
    ClassSetStore classSetStore(DataSource dataSource, PlatformTransactionManager transactions) {
        return new ClassSetStoreJdbc(dataSource, transactions);
    }
}
