package org.premark.account;

import org.premark.web.Pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Students' pages and API are open; teachers' pages and API need a form login. CSRF protection is
 * on for every state-changing request except {@code POST /api/mark}, which changes nothing on the server and must
 * work for anonymous API clients. Pages send the token from their {@code csrf-token} meta tag.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    SecurityFilterChain security(HttpSecurity http, JsonMapper json) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/error", "/favicon.svg", "/css/**", "/js/**").permitAll()
                        .requestMatchers("/api/rubrics", "/api/rubrics/**", "/api/mark", "/api/notes/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/teacher", "/teacher/**", "/api/batches", "/api/batches/**")
                        .hasRole(TeacherAccounts.ROLE)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/teacher", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?signedout"))
                .csrf(c -> c.ignoringRequestMatchers("/api/mark"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                PathPatternRequestMatcher.withDefaults().matcher("/teacher/**"))
                        .defaultAuthenticationEntryPointFor((request, response, ex) ->
                                problem(response, json, HttpStatus.UNAUTHORIZED, "Sign-in required",
                                        "Sign in as a teacher at /login to use this part of the API."), api)
                        .defaultAccessDeniedHandlerFor((request, response, ex) ->
                                problem(response, json, HttpStatus.FORBIDDEN, "Forbidden",
                                        "The request was refused: the CSRF token is missing or stale, or the account"
                                                + " may not do this. Reload the page and try again."), api))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(Pages.CSP)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void problem(HttpServletResponse response, JsonMapper json, HttpStatus status, String title,
                                String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
