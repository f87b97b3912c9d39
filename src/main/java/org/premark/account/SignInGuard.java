package org.premark.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form's guard: refuses a sign-in with 429 while {@link SignInThrottle} shuts the account or address
 * out, and logs every failed or refused sign-in with the user name and address (never the password).
 */
final class SignInGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final SignInThrottle throttle;

    SignInGuard(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getParameter("username");
        String address = request.getRemoteAddr();
        Duration wait = throttle.wait(user, address);
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        log.warn("Refused sign-in for user '{}' from {}: too many failed sign-ins, next try allowed in {} s",
                printable(user), address, seconds);
        String detail = "Too many failed sign-ins for this account or from this computer. Try again in " + seconds
                + (seconds == 1 ? " second." : " seconds.");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            // The sign-in form is a plain HTML form: the browser shows this page in its place.
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>premark"
                    + " · Too many sign-ins</title><link rel=\"stylesheet\" href=\"/css/premark.css\"></head><body><main>"
                    + "<section class=\"card login\"><h1>Too many sign-ins</h1><p>" + HtmlUtils.htmlEscape(detail)
                    + "</p><p><a href=\"/login\">Back to sign-in</a></p></section></main></body></html>");
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many sign-ins\",\"status\":429,"
                    + "\"detail\":\"" + detail + "\"}");
        }
    }

    /** Logs the failure, counts it, then shows the form again with its error. */
    AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler form = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            failed(request, exception);
            form.onAuthenticationFailure(request, response, exception);
        };
    }

    AuthenticationSuccessHandler successHandler(RequestCache cache) {
        SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();
        then.setDefaultTargetUrl("/teacher");
        then.setRequestCache(cache);
        return (request, response, authentication) -> {
            succeeded(request, authentication);
            then.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private void failed(HttpServletRequest request, AuthenticationException exception) {
        String user = request.getParameter("username");
        int failures = throttle.failed(user, request.getRemoteAddr());
        log.warn("Failed sign-in for user '{}' from {} ({} in a row): wrong user name or password", printable(user),
                request.getRemoteAddr(), failures);
    }

    private void succeeded(HttpServletRequest request, Authentication authentication) {
        throttle.succeeded(authentication.getName());
        log.info("Signed in: '{}' from {}", printable(authentication.getName()), request.getRemoteAddr());
    }

    /** The user name as typed, made safe for one log line: no control characters, at most 100 characters. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
