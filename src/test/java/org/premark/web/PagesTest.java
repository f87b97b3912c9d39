package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"student", "login", "teacher", "batch", "slips"})
    void everyPageStartsWithTheSharedHeadAndKeepsItsOwnTitle(String name) {
        String html = Pages.load(name);
        int headEnd = html.indexOf("</head>");

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"), html);
        assertFalse(html.contains("{{include"), html);
        assertEquals(2, html.split("<title>premark · ", -1).length, "one title");
        assertTrue(html.indexOf("<title>") < headEnd);
        assertTrue(html.indexOf("<link rel=\"stylesheet\" href=\"/css/premark.css\">") < headEnd);
        assertTrue(html.indexOf("<link rel=\"stylesheet\"") > 0);
    }
}
