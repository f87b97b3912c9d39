package org.premark.account;

import org.premark.web.Pages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Students' pages and API are open; teachers' pages and API need a form login. CSRF protection is
 * on for every state-changing request except {@code POST /api/mark}, which changes nothing on the server and must
 * work for anonymous API clients. Pages send the token from their {@code csrf-token} meta tag.
 *
 * <p>Only a signed-in teacher has a session, at most {@link #SESSIONS_PER_TEACHER} of them: the CSRF token and the
 * page to return to after sign-in live in cookies, so anonymous visitors (and a flood of them) create none.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /** Signing in a sixth time ends the teacher's oldest session. */
    static final int SESSIONS_PER_TEACHER = 5;
    static final String CSRF_COOKIE = "PREMARK-CSRF";

    @Bean
    SecurityFilterChain security(HttpSecurity http, JsonMapper json, SignInThrottle throttle,
                                 SessionRegistry sessions) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        SignInGuard guard = new SignInGuard(throttle);
        CookieRequestCache returnTo = new CookieRequestCache();
        http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/error", "/favicon.svg", "/css/**", "/js/**").permitAll()
                        .requestMatchers("/api/rubrics", "/api/rubrics/**", "/api/mark", "/api/notes/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/teacher", "/teacher/**", "/api/batches", "/api/batches/**")
                        .hasRole(TeacherAccounts.ROLE)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(guard.successHandler(returnTo))
                        .failureHandler(guard.failureHandler()).permitAll())
                .addFilterBefore(guard, UsernamePasswordAuthenticationFilter.class)
                .logout(l -> l.logoutSuccessUrl("/login?signedout"))
                .requestCache(c -> c.requestCache(returnTo))
                .sessionManagement(s -> s.maximumSessions(SESSIONS_PER_TEACHER).sessionRegistry(sessions)
                        .expiredSessionStrategy(event -> {
                            if (api.matches(event.getRequest())) {
                                problem(event.getResponse(), json, HttpStatus.UNAUTHORIZED, "Signed out",
                                        "This session ended because the account signed in on more devices than"
                                                + " premark allows (" + SESSIONS_PER_TEACHER + "). Sign in again.");
                            } else {
                                event.getResponse().sendRedirect("/login");
                            }
                        }))
                .csrf(c -> c.ignoringRequestMatchers("/api/mark").csrfTokenRepository(csrfTokens()))
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

    /**
     * CSRF tokens in a cookie rather than the session, so the sign-in page needs no session. A token is only ever
     * set or cleared by a request from one of premark's own pages (a safe GET, or a request that already carries the
     * cookie); a cross-site form post carries no cookie, and the 403 it gets must not replace the teacher's token.
     */
    static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
        cookies.setCookieName(CSRF_COOKIE);
        cookies.setHeaderName("X-CSRF-TOKEN");
        cookies.setCookiePath("/");
        cookies.setCookieCustomizer(c -> c.sameSite("Lax"));
        return new CsrfTokenRepository() {
            @Override
            public CsrfToken generateToken(HttpServletRequest request) {
                return cookies.generateToken(request);
            }

            @Override
            public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
                if (safe(request) || hasCookie(request)) {
                    cookies.saveToken(token, request, response);
                }
            }

            @Override
            public CsrfToken loadToken(HttpServletRequest request) {
                return cookies.loadToken(request);
            }
        };
    }

    private static boolean safe(HttpServletRequest request) {
        String m = request.getMethod();
        return "GET".equals(m) || "HEAD".equals(m);
    }

    private static boolean hasCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (CSRF_COOKIE.equals(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Answer ids are the school's own (for example {@code 10B/07}, {@code 100%}, {@code a;b}), so the API takes them
     * percent-encoded in a path segment. Spring matches on the undecoded path and decodes each segment after
     * matching, for security rules and controllers alike, so encoded {@code / \ % ; .} cannot change which rule
     * applies; the firewall's other checks (non-printable characters, un-normalised paths) stay on.
     */
    @Bean
    WebSecurityCustomizer idsInPaths(JsonMapper json) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedDoubleSlash(true);
        firewall.setAllowBackSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowSemicolon(true);
        firewall.setAllowUrlEncodedPeriod(true);
        return web -> web.httpFirewall(firewall).requestRejectedHandler((request, response, ex) ->
                problem(response, json, HttpStatus.BAD_REQUEST, "Bad request address",
                        "The address of the request is malformed. Percent-encode special characters in ids."));
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that ended sessions no longer count against the cap. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new MinimumLengthPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
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
