package org.premark.classset;

import org.premark.web.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.premark.workspace.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.premark.csv.CsvProblem;
import org.premark.rubric.Rubric;
import org.premark.classset.ClassSet;
import org.premark.classset.ClassSetStatus;
import org.premark.classset.MarkOverride;
import org.premark.classset.StoredAnswer;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

class ClassSetApiTest extends WebSliceTest {

    @Autowired
    Workspace workspace;

    @Autowired
    JsonMapper json;

    private static final RequestPostProcessor KHAN = user(TEACHER).roles("TEACHER");
    private static final String ID = "0b5c3f1e-0000-4000-8000-000000000001";

    private static MockMultipartFile csv(String content) {
        return csv(content.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile csv(byte[] content) {
        return new MockMultipartFile("file", "9B set.csv", "text/csv", content);
    }

    private static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file, String rubricId) {
        return multipart("/api/batches").file(file).param("rubricId", rubricId);
    }

    private static ClassSet batch(ClassSetStatus status) {
        return new ClassSet(ID, TEACHER, "trotsky-lost", "9B set.csv", "9B set.csv", status, 2, status == ClassSetStatus.DONE ? 2 : 1,
                NOW, null, List.of(new CsvProblem(4, "empty id")));
    }

    private StoredAnswer marked(String id, MarkOverride override) {
        Rubric rubric = workspace.rubric("trotsky-lost").orElseThrow();
        String json = this.json.writeValueAsString(result(rubric));
        return new StoredAnswer(id, 1, 2, ANSWER, json, 5, "Level 3", List.of("needs-review"), null, override);
    }

    @Test
    void theTeacherApiNeedsASignIn() throws Exception {
        mvc.perform(get("/api/batches"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Sign-in required"));
        mvc.perform(get("/teacher"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(upload(csv("id,answer\na,b\n"), "trotsky-lost").with(KHAN))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"));
        verify(store, never()).create(anyString(), anyString(), anyString(), anyString(), anyList(), anyList(), any());
    }

    @Test
    void createsABatchAndSkipsBadRows() throws Exception {
        when(store.create(eq(TEACHER), eq("trotsky-lost"), eq("9B set.csv"), eq("9B set.csv"), anyList(), anyList(),
                eq(NOW)))
                .thenReturn(batch(ClassSetStatus.MARKING));
        mvc.perform(upload(csv("id,answer\ns1,Stalin was General Secretary.\n,no id\ns2,\"Trotsky, arrogant\"\n"),
                        "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/batches/" + ID))
                .andExpect(jsonPath("$.id").value(ID))
                .andExpect(jsonPath("$.status").value("marking"))
                .andExpect(jsonPath("$.total").value(2));
        verify(store).create(eq(TEACHER), eq("trotsky-lost"), eq("9B set.csv"), eq("9B set.csv"), eq(List.of(
                        new org.premark.classset.NewAnswer("s1", 2, "Stalin was General Secretary."),
                        new org.premark.classset.NewAnswer("s2", 4, "Trotsky, arrogant"))),
                eq(List.of(new CsvProblem(3, "empty id"))), eq(NOW));
    }

    @Test
    void anUnknownQuestionIs404() throws Exception {
        mvc.perform(upload(csv("id,answer\na,b\n"), "no-such-question").with(KHAN).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Question not found"))
                .andExpect(jsonPath("$.detail", containsString("trotsky-lost")));
    }

    @Test
    void unusableFilesAre400ProblemsNamingTheLine() throws Exception {
        mvc.perform(upload(csv(""), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Empty file"));
        mvc.perform(upload(csv("id,answer\ns1,fine\ns2,\"never closed\ns3,x\n"), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unusable CSV"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.detail", containsString("Line 3: a quoted field that starts on this line is"
                        + " never closed")));
        // A stray quote: the line where the quoted field starts, in words, never the parser's exception.
        mvc.perform(upload(csv("id,answer\ns1,fine\ns2,\"said \"no\" then\ns3,x\n"), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.detail", containsString("Line 3: a quoted field that starts on this line has"
                        + " text after its closing quote")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("org.apache"))));
        mvc.perform(upload(csv(new byte[] {'i', 'd', ',', 'a', 'n', 's', 'w', 'e', 'r', '\n', 'a', ',', (byte) 0x81, '\n'}),
                        "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.line").value(2))
                .andExpect(jsonPath("$.detail", containsString("neither UTF-8 nor Windows-1252")));
        mvc.perform(upload(csv(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("binary")));
        mvc.perform(upload(csv(new byte[] {'P', 'K', 3, 4, 0, 0, 1}), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not a readable .xlsx workbook")));
        mvc.perform(upload(csv("name,text\na,b\n"), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.line").value(1))
                .andExpect(jsonPath("$.detail", containsString("missing columns id, answer")));
        mvc.perform(upload(csv("id,answer\n,no id\n"), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("No answers to mark"))
                .andExpect(jsonPath("$.line").value(2));
        verify(store, never()).create(anyString(), anyString(), anyString(), anyString(), anyList(), anyList(), any());
    }

    @Test
    void uploadsPastTheLimitsGetAClearMessage() throws Exception {
        mvc.perform(upload(csv("id,answer\n" + "a,b\n".replace("a", "1") + "2,b\n3,b\n4,b\n5,b\n6,b\n"), "trotsky-lost")
                        .with(KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.line").value(7))
                .andExpect(jsonPath("$.detail", containsString("more than 5 answers")));
        mvc.perform(upload(csv("id,answer\n1," + "x".repeat(5000) + "\n"), "trotsky-lost").with(KHAN).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", containsString("the upload limit is 4 KB")));
    }

    @Test
    void anotherTeachersBatchIsNotFound() throws Exception {
        when(store.find(ID, "mr-jones")).thenReturn(Optional.empty());
        mvc.perform(get("/api/batches/" + ID).with(user("mr-jones").roles("TEACHER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Class set not found"));
        mvc.perform(get("/api/batches/" + ID + "/export.csv").with(user("mr-jones").roles("TEACHER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsProgressResultsAndCoverage() throws Exception {
        when(store.find(ID, TEACHER)).thenReturn(Optional.of(batch(ClassSetStatus.MARKING)));
        when(store.answers(ID)).thenReturn(List.of(marked("s1", null),
                new StoredAnswer("s2", 2, 3, "<b>waiting</b>", null, null, null, List.of(), null, null)));
        mvc.perform(get("/api/batches/" + ID).with(KHAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("marking"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.skipped[0].line").value(4))
                .andExpect(jsonPath("$.answers[0].finalMark").value(5))
                .andExpect(jsonPath("$.answers[0].needsReview").value(true))
                .andExpect(jsonPath("$.answers[0].points['general-secretary-appointments']").value("explained"))
                .andExpect(jsonPath("$.answers[1].state").value("waiting"))
                .andExpect(jsonPath("$.answers[1].preview").value("<b>waiting</b>"))
                .andExpect(jsonPath("$.coverage[0].pointId").value("general-secretary-appointments"))
                .andExpect(jsonPath("$.coverage[0].explained").value(1))
                .andExpect(jsonPath("$.coverage[0].missing").value(0))
                .andExpect(jsonPath("$.stats.meanFinalMark").value(5.0));
    }

    @Test
    void anOverrideNeedsAMarkInRangeAndAReason() throws Exception {
        when(store.find(ID, TEACHER)).thenReturn(Optional.of(batch(ClassSetStatus.DONE)));
        when(store.answer(ID, "s1")).thenReturn(Optional.of(marked("s1", null)));
        String url = "/api/batches/" + ID + "/answers/s1/override";
        mvc.perform(put(url).with(KHAN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mark\":7,\"reason\":\"great\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The mark must be from 0 to 6, got 7."));
        mvc.perform(put(url).with(KHAN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mark\":4,\"reason\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("No reason"));
        mvc.perform(put(url).with(KHAN).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("No mark"));
        verify(store, never()).override(anyString(), anyString(), any());

        mvc.perform(put(url).with(KHAN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mark\":6,\"reason\":\" Explains two reasons. \"}"))
                .andExpect(status().isOk());
        verify(store).override(ID, "s1", new MarkOverride(6, "Explains two reasons.", TEACHER, NOW));

        mvc.perform(put("/api/batches/" + ID + "/answers/nobody/override").with(KHAN).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mark\":6,\"reason\":\"x\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Answer not found"));
        mvc.perform(delete(url).with(KHAN).with(csrf()))
                .andExpect(status().isOk());
        verify(store).clearOverride(ID, "s1");
    }

    @Test
    void exportsFinalMarksWithTheSuggestionBesideThem() throws Exception {
        when(store.find(ID, TEACHER)).thenReturn(Optional.of(batch(ClassSetStatus.DONE)));
        when(store.answers(ID)).thenReturn(List.of(
                marked("s1", new MarkOverride(6, "=explains both", TEACHER, NOW)), marked("s2", null)));
        String csv = mvc.perform(get("/api/batches/" + ID + "/export.csv").with(KHAN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename=\"premark-trotsky-lost-9B-set-marks.csv\"")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFF\"id\",\"final_mark\",\"max_mark\","
                + "\"level\",\"suggested_mark\",\"suggested_level\",\"overridden\",\"override_reason\","
                + "\"override_by\",\"reviewed\",\"explained\",\"identified\",\"missing\",\"flags\",\"feedback\","
                + "\"answer\"\r\n"), csv);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.substring(1))).getRecords();
        org.apache.commons.csv.CSVRecord s1 = rows.get(0);
        // The override is the mark everywhere: 6 is Level 4, whatever the suggestion's level was.
        org.junit.jupiter.api.Assertions.assertEquals(List.of("s1", "6", "6", "Level 4", "5", "Level 3", "yes",
                "'=explains both", "ms-khan", "yes"), s1.toList().subList(0, 10));
        org.junit.jupiter.api.Assertions.assertEquals("General Secretary appointments", s1.get("explained"));
        org.junit.jupiter.api.Assertions.assertEquals("Trotsky's arrogance", s1.get("identified"));
        org.junit.jupiter.api.Assertions.assertEquals(ANSWER, s1.get("answer"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("s2", "5", "6", "Level 3", "5", "Level 3", "no", "", "",
                "no"), rows.get(1).toList().subList(0, 10));
        org.junit.jupiter.api.Assertions.assertEquals("needs-review", rows.get(1).get("flags"));
    }

    @Test
    void exportWaitsUntilMarkingHasFinished() throws Exception {
        when(store.find(ID, TEACHER)).thenReturn(Optional.of(batch(ClassSetStatus.MARKING)));
        mvc.perform(get("/api/batches/" + ID + "/export.csv").with(KHAN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("1 of 2 done")));
    }
}
