package org.premark.web;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, reported as an RFC 9457 problem; {@code line} is the CSV line, or 0;
 * {@code retryAfterSeconds}, when positive, is sent as {@code Retry-After}.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final long line;
    private final int retryAfterSeconds;

    public ApiException(HttpStatus status, String title, String detail, long line, int retryAfterSeconds) {
        super(detail);
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be >= 0, got " + retryAfterSeconds);
        }
        this.status = status;
        this.title = title;
        this.line = line;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ApiException(HttpStatus status, String title, String detail, long line) {
        this(status, title, detail, line, 0);
    }

    public ApiException(HttpStatus status, String title, String detail) {
        this(status, title, detail, 0);
    }

    public static ApiException notFound(String what, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " not found", detail);
    }

    public static ApiException badRequest(String title, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, title, detail);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    long line() {
        return line;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
