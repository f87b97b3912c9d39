package org.premark.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.premark.web.WebSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 12, the door: no session for anonymous visitors, capped teacher sessions, throttled and logged sign-ins. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityHardeningTest extends WebSliceTest {

    @Autowired
    SessionRegistry sessions;

    @Test
    void anonymousPagesAndTheStudentApiSetNoCookieAndCreateNoSession() throws Exception {
        for (String page : List.of("/", "/api/rubrics", "/api/rubrics/trotsky-lost", "/api/notes/search?q=Lenin")) {
            MvcResult r = mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(header().doesNotExist("Set-Cookie")).andReturn();
            assertNull(r.getRequest().getSession(false), page + " created a session");
        }
        MvcResult mark = mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rubricId\":\"trotsky-lost\",\"answer\":\"Stalin was General Secretary.\"}"))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie")).andReturn();
        assertNull(mark.getRequest().getSession(false));
        // The sign-in page sets a CSRF cookie and no session: ServerProcessIT checks that on the real server, since
        // Spring Security's csrf() test helper swaps this shared context's token store for a session-based one.
        // An anonymous visit to a teacher page remembers where to return in a cookie, not a session.
        MvcResult teacher = mvc.perform(get("/teacher/batches/abc")).andExpect(redirectedUrl("/login")).andReturn();
        assertNull(teacher.getRequest().getSession(false));
    }

    @Test
    void aRejectedCrossSitePostLeavesTheSessionAndTokenAlone() throws Exception {
        // A cross-site form carries neither the (SameSite=Lax) session cookie nor the CSRF cookie.
        for (var request : List.of(post("/logout"), delete("/api/batches/x"), post("/api/batches"))) {
            MvcResult r = mvc.perform(request).andExpect(status().isForbidden())
                    .andExpect(header().doesNotExist("Set-Cookie")).andReturn();
            assertNull(r.getRequest().getSession(false));
        }
    }

    @Test
    void wrongPasswordsAreThrottledAndLoggedWithoutThePassword(CapturedOutput output) throws Exception {
        String user = "guessed-teacher";
        int refused = 0;
        int failed = 0;
        for (int i = 0; i < 30; i++) {
            MvcResult r = mvc.perform(signIn(user, "wrong-guess-" + i, "10.9.8.7").accept(MediaType.TEXT_HTML))
                    .andReturn();
            if (r.getResponse().getStatus() == 429) {
                refused++;
                assertNotNull(r.getResponse().getHeader("Retry-After"));
                assertTrue(r.getResponse().getContentAsString().contains("Too many failed sign-ins"));
            } else {
                failed++;
                assertEquals("/login?error", r.getResponse().getRedirectedUrl());
            }
        }
        assertEquals(SignInThrottle.FREE_FAILURES + 1, failed);
        assertEquals(30 - failed, refused);
        String log = output.getOut() + output.getErr();
        assertEquals(failed, count(log, "Failed sign-in for user '" + user + "' from 10.9.8.7"));
        assertEquals(refused, count(log, "Refused sign-in for user '" + user + "' from 10.9.8.7"));
        assertFalse(log.contains("wrong-guess-"), "a password was logged");
        // Another address trying the same account is refused too: the account itself is shut out for now.
        mvc.perform(signIn(user, "x", "10.9.8.6")).andExpect(status().isTooManyRequests());
    }

    @Test
    void aPasswordShorterThanTwelveCharactersNeverSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user(SHORT_PASSWORD_TEACHER).password(SHORT_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(TEACHER).password(PASSWORD)).andExpect(redirectedUrl("/teacher"));
    }

    @Test
    void aTeacherHasAtMostFiveSessions() throws Exception {
        List<MockHttpSession> signedIn = new java.util.ArrayList<>();
        for (int i = 0; i <= SecurityConfig.SESSIONS_PER_TEACHER; i++) {
            MvcResult r = mvc.perform(signIn(TEACHER, PASSWORD, "10.1.1." + i))
                    .andExpect(redirectedUrl("/teacher")).andReturn();
            signedIn.add((MockHttpSession) r.getRequest().getSession(false));
        }
        Object principal = sessions.getAllPrincipals().stream()
                .filter(p -> p.toString().contains(TEACHER)).findFirst().orElseThrow();
        List<SessionInformation> live = sessions.getAllSessions(principal, false);
        assertTrue(live.size() <= SecurityConfig.SESSIONS_PER_TEACHER, live.size() + " live sessions");
        SessionInformation first = sessions.getSessionInformation(signedIn.get(0).getId());
        assertTrue(first == null || first.isExpired(), "the oldest session was not ended");
        // The oldest session no longer opens the teacher API.
        mvc.perform(get("/api/batches").session(signedIn.get(0))).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(req -> {
            req.setRemoteAddr(address);
            return req;
        });
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
