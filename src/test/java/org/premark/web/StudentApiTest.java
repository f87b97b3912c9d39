package org.premark.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class StudentApiTest extends WebSliceTest {

    private static String body(String rubricId, String answer) {
        return "{\"rubricId\":\"" + rubricId + "\",\"answer\":\"" + answer + "\"}";
    }

    @Test
    void listsTheQuestionsWithPointsButNotTheMarkingCues() throws Exception {
        mvc.perform(get("/api/rubrics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("hidden-marks"))
                .andExpect(jsonPath("$[1].id").value("trotsky-lost"))
                .andExpect(jsonPath("$[1].maxMark").value(6))
                .andExpect(jsonPath("$[1].points[*].id", hasItem("general-secretary-appointments")))
                .andExpect(jsonPath("$[1].levels[4].name").value("Level 4"))
                .andExpect(content().string(not(containsString("\"cues\""))))
                .andExpect(content().string(not(containsString("\"examples\""))));
    }

    @Test
    void anUnknownQuestionIsA404Problem() throws Exception {
        mvc.perform(get("/api/rubrics/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Question not found"))
                .andExpect(jsonPath("$.detail").value("There is no question with id 'nope'."));
        mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON).content(body("nope", "text")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aMalformedJsonBodyIsA400ProblemWithTheLine() throws Exception {
        mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON).content("{\"rubricId\":\n \"trotsky-lost\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed request body"))
                .andExpect(jsonPath("$.detail", containsString("line 2")));
    }

    @Test
    void marksAnAnswerWithoutACsrfTokenOrLogin() throws Exception {
        mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON).content(body("trotsky-lost", ANSWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mark").value(5))
                .andExpect(jsonPath("$.level").value("Level 3"))
                .andExpect(jsonPath("$.marksHidden").value(false))
                .andExpect(jsonPath("$.points[0].status").value("explained"))
                .andExpect(jsonPath("$.points[0].spans[1].start").value(29))
                .andExpect(jsonPath("$.flags[0].code").value("needs-review"));
    }

    @Test
    void hidesMarkAndLevelFromStudentsWhenTheRubricSaysSo() throws Exception {
        mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON).content(body("hidden-marks", ANSWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marksHidden").value(true))
                .andExpect(jsonPath("$.mark").doesNotExist())
                .andExpect(jsonPath("$.level").doesNotExist())
                .andExpect(jsonPath("$.confidence").doesNotExist())
                .andExpect(jsonPath("$.points[0].status").value("explained"))
                .andExpect(jsonPath("$.feedback[0]").exists());
    }

    @Test
    void aSignedInTeacherAlwaysSeesTheMark() throws Exception {
        mvc.perform(post("/api/mark").with(user(TEACHER).roles("TEACHER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("hidden-marks", ANSWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marksHidden").value(false))
                .andExpect(jsonPath("$.mark").value(5));
    }

    @Test
    void refusesAnEmptyOrOverlongAnswer() throws Exception {
        mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON).content(body("trotsky-lost", "  ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Empty answer"));
        mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON)
                        .content(body("trotsky-lost", "a".repeat(20_001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The answer is 20,001 characters; the limit is 20,000."));
        mvc.perform(post("/api/mark").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void searchesTheNotesAndChecksItsParameters() throws Exception {
        mvc.perform(get("/api/notes/search").param("q", "Lenin Enrolment").param("top", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].passageId").value("notes.p1"))
                .andExpect(jsonPath("$[0].heading").value("Lenin Enrolment"))
                .andExpect(jsonPath("$[0].score").value(1.25));
        mvc.perform(get("/api/notes/search").param("q", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Empty query"));
        mvc.perform(get("/api/notes/search").param("q", "x").param("top", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("top must be between 1 and 50, got 0."));
        mvc.perform(get("/api/notes/search").param("q", "x").param("top", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theStudentPageCarriesACsrfTokenAndAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"csrf-token\" content=\"")))
                .andExpect(content().string(not(containsString("{{csrf}}"))))
                .andExpect(content().string(not(containsString("https://"))))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }
}
