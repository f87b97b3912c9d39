package org.premark.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses, reported as an RFC 9457 problem; {@code line} is the CSV line, or 0. */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final long line;

    public ApiException(HttpStatus status, String title, String detail, long line) {
        super(detail);
        this.status = status;
        this.title = title;
        this.line = line;
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
}
