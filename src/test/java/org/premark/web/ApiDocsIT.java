package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Swagger UI opens without a stack trace in the log, and is set up to send the teacher's CSRF token. */
@ExtendWith(OutputCaptureExtension.class)
class ApiDocsIT extends WebAppIT {

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void openingSwaggerUiLogsNoStackTraceAndSendsTheCsrfToken(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        assertEquals(200, get("/v3/api-docs").statusCode());
        assertEquals(200, get("/v3/api-docs/swagger-config").statusCode());
        HttpResponse<String> ui = get("/swagger-ui/swagger-initializer.js");
        assertEquals(200, ui.statusCode());
        // Swagger UI's requests carry the token that teacher pages keep in local storage.
        assertTrue(ui.body().contains("localStorage.getItem('premark-csrf')"), ui.body());
        assertTrue(ui.body().contains("request.headers['X-CSRF-TOKEN']"), ui.body());
        String logged = output.getAll().substring(before);
        assertFalse(logged.contains("Exception"), logged);
        assertFalse(logged.contains("\tat "), logged);
    }
}
