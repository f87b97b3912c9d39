package org.premark.classset;

import org.premark.web.WebAppIT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.classset.ClassSet;
import org.premark.classset.ClassSetStatus;
import org.premark.classset.ClassSetStore;
import org.premark.classset.NewAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The teacher API end to end: real marking in the background, the H2 database, ownership, restart. */
public class ClassSetFlowIT extends WebAppIT {

    public static final Path CLASS_CSV = Path.of("src/test/resources/web/class-9b.csv");
    private static final RequestPostProcessor AS_KHAN = user(KHAN).roles("TEACHER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ClassSetStore store;

    @Autowired
    ClassSetService service;

    private String upload(String file, byte[] content) throws Exception {
        String body = mvc.perform(multipart("/api/batches")
                        .file(new MockMultipartFile("file", file, "text/csv", content))
                        .param("rubricId", "trotsky-lost").with(AS_KHAN).with(csrf()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("id").asString();
    }

    private JsonNode waitUntilDone(String id, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            JsonNode batch = json.readTree(mvc.perform(get("/api/batches/" + id).with(AS_KHAN))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            if (batch.get("status").asString().equals("done")) {
                return batch;
            }
            assertTrue(System.currentTimeMillis() < deadline, "still marking after " + timeoutMillis + " ms: "
                    + batch.get("done") + "/" + batch.get("total"));
            Thread.sleep(100);
        }
    }

    @Test
    void marksAClassOfThirtyInTheBackgroundAndReportsCoverage() throws Exception {
        long started = System.nanoTime();
        String id = upload("class-9b.csv", Files.readAllBytes(CLASS_CSV));
        JsonNode batch = waitUntilDone(id, 30_000);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(30, batch.get("total").asInt());
        assertEquals(30, batch.get("done").asInt());
        assertEquals(30, batch.get("answers").size());
        assertTrue(millis < 30_000, "30 answers took " + millis + " ms");
        for (JsonNode point : batch.get("coverage")) {
            assertEquals(30, point.get("explained").asInt() + point.get("identified").asInt()
                    + point.get("missing").asInt(), point.toString());
        }
        JsonNode first = batch.get("answers").get(0);
        assertEquals("s01", first.get("id").asString());
        assertEquals("marked", first.get("state").asString());
        assertEquals(first.get("suggestedMark"), first.get("finalMark"));

        mvc.perform(get("/api/batches/" + id + "/answers/s29").with(AS_KHAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith("<script>window.__xss=1</script>")))
                .andExpect(jsonPath("$.result.rubricId").value("trotsky-lost"));
    }

    @Test
    void anotherTeacherCannotSeeOrTouchTheBatch() throws Exception {
        String id = upload("mine.csv", "id,answer\na1,Stalin was General Secretary.\n".getBytes(StandardCharsets.UTF_8));
        RequestPostProcessor jones = user(JONES).roles("TEACHER");
        mvc.perform(get("/api/batches/" + id).with(jones)).andExpect(status().isNotFound());
        mvc.perform(get("/api/batches/" + id + "/answers/a1").with(jones)).andExpect(status().isNotFound());
        mvc.perform(put("/api/batches/" + id + "/answers/a1/override").with(jones).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mark\":1,\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/batches/" + id + "/export.csv").with(jones)).andExpect(status().isNotFound());
        mvc.perform(get("/api/batches").with(jones))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
    }

    @Test
    void anOverrideIsStoredWithWhoAndWhyAndExported() throws Exception {
        String id = upload("override.csv", ("id,answer\nk1,Stalin was General Secretary.\n"
                + "k2,Trotsky was arrogant.\n").getBytes(StandardCharsets.UTF_8));
        JsonNode batch = waitUntilDone(id, 20_000);
        int suggested = batch.get("answers").get(1).get("suggestedMark").asInt();
        int other = suggested == 6 ? 5 : suggested + 1;

        mvc.perform(put("/api/batches/" + id + "/answers/k2/override").with(AS_KHAN).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mark\":" + other + ",\"reason\":\"Arrogance is explained in the conclusion\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finalMark").value(other))
                .andExpect(jsonPath("$.suggestedMark").value(suggested))
                .andExpect(jsonPath("$.override.by").value(KHAN))
                .andExpect(jsonPath("$.override.reason").value("Arrogance is explained in the conclusion"))
                .andExpect(jsonPath("$.needsReview").value(false));

        String csv = mvc.perform(get("/api/batches/" + id + "/export.csv").with(AS_KHAN))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.substring(1)))
                .getRecords();
        assertEquals(2, rows.size(), csv);
        assertEquals(List.of("k2", String.valueOf(other), "6"), rows.get(1).toList().subList(0, 3));
        assertEquals(List.of(String.valueOf(suggested), "yes", "Arrogance is explained in the conclusion", "ms-khan",
                "yes"), List.of(rows.get(1).get("suggested_mark"), rows.get(1).get("overridden"),
                rows.get(1).get("override_reason"), rows.get(1).get("override_by"), rows.get(1).get("reviewed")));
        assertEquals("k1", rows.get(0).get("id"));
    }

    @Test
    void aMalformedFileIsRejectedWithItsLineAndSavesNothing() throws Exception {
        int before = store.list(KHAN).size();
        mvc.perform(multipart("/api/batches")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv",
                                "id,answer\nb1,fine\nb2,\"unclosed\nb3,x\n".getBytes(StandardCharsets.UTF_8)))
                        .param("rubricId", "trotsky-lost").with(AS_KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.line").value(3));
        assertEquals(before, store.list(KHAN).size());
    }

    @Test
    void aBatchInterruptedMidMarkingResumesOnStartUp() throws Exception {
        // As left by a server stopped mid-marking: saved, still 'marking', no answer marked yet.
        ClassSet interrupted = store.create(KHAN, "trotsky-lost", "interrupted.csv",
                List.of(new NewAnswer("r1", 2, "Stalin was General Secretary so he appointed his supporters."),
                        new NewAnswer("r2", 3, "Trotsky was ill.")), List.of(), Instant.now());
        assertEquals(ClassSetStatus.MARKING, store.find(interrupted.id(), KHAN).orElseThrow().status());

        service.resume();

        JsonNode batch = waitUntilDone(interrupted.id(), 20_000);
        assertEquals(2, batch.get("done").asInt());
        assertEquals("marked", batch.get("answers").get(0).get("state").asString());
    }
}
