package org.premark.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML pages. They are static templates; the server fills in only escaped values (the CSRF token, the
 * teacher's name, upload limits). Everything else is drawn by the page's script from the JSON API.
 */
@Controller
public class Pages {

    /** Scripts only from this server: an injected {@code <script>} in student text could not run anyway. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A shared part of several pages (the head every page starts with), one per line. */
    private static final Pattern INCLUDE = Pattern.compile("^\\{\\{include ([a-z-]+)}}\\R", Pattern.MULTILINE);

    private final Map<String, String> templates = new ConcurrentHashMap<>();
    private final PremarkProperties properties;

    Pages(PremarkProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    ResponseEntity<String> student() {
        // No CSRF token: the student page only calls POST /api/mark, which needs none, and creating a token would
        // set a cookie for every anonymous visitor.
        return page("student", null, Map.of());
    }

    @GetMapping("/login")
    ResponseEntity<String> login(HttpServletRequest request) {
        return page("login", request, Map.of());
    }

    @GetMapping({"/teacher", "/teacher/"})
    ResponseEntity<String> teacher(HttpServletRequest request, Principal principal) {
        return page("teacher", request, Map.of("user", principal.getName(),
                "maxBytes", Long.toString(properties.upload().maxBytes().toBytes()),
                "maxBytesText", Sizes.human(properties.upload().maxBytes().toBytes()),
                "maxRows", Integer.toString(properties.upload().maxRows())));
    }

    @GetMapping("/teacher/batches/{id}")
    ResponseEntity<String> batch(@PathVariable String id, HttpServletRequest request, Principal principal) {
        return page("batch", request, Map.of("user", principal.getName(), "batchId", id));
    }

    @GetMapping("/teacher/batches/{id}/slips")
    ResponseEntity<String> slips(@PathVariable String id, HttpServletRequest request, Principal principal) {
        return page("slips", request, Map.of("user", principal.getName(), "batchId", id));
    }

    /** The page, with the CSRF token of {@code request} when it is not null. */
    private ResponseEntity<String> page(String name, HttpServletRequest request, Map<String, String> values) {
        String html = templates.computeIfAbsent(name, Pages::load);
        CsrfToken token = request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        html = html.replace("{{csrf}}", token == null ? "" : HtmlUtils.htmlEscape(token.getToken()));
        for (Map.Entry<String, String> e : values.entrySet()) {
            html = html.replace("{{" + e.getKey() + "}}", HtmlUtils.htmlEscape(e.getValue()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(html);
    }

    /** The template with its {@code {{include NAME}}} lines replaced by {@code pages/parts/NAME.html}. */
    static String load(String name) {
        Matcher include = INCLUDE.matcher(read("pages/" + name + ".html"));
        StringBuilder html = new StringBuilder();
        while (include.find()) {
            include.appendReplacement(html, Matcher.quoteReplacement(read("pages/parts/" + include.group(1) + ".html")));
        }
        return include.appendTail(html).toString();
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing page template " + path, e);
        }
    }
}
