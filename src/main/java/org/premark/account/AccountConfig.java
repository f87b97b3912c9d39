package org.premark.account;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The teacher accounts' store, on the application's database. */
@Configuration(proxyBeanMethods = false)
class AccountConfig {

    @Bean
    TeacherStore teacherStore(DataSource dataSource) {
        return new TeacherStoreJdbc(dataSource);
    }
}
