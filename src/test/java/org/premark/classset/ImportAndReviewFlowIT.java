package org.premark.classset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.premark.web.WebAppIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 through the real app: files as schools export them (Google Forms with its own headers, semicolons,
 * Windows-1252, UTF-16, .xlsx, several questions in one form), the reviewed state and accept-all, and the override
 * as the mark everywhere ("Level 0" after an override to 0, in the row and the export).
 */
class ImportAndReviewFlowIT extends WebAppIT {

    private static final RequestPostProcessor AS_KHAN = user(KHAN).roles("TEACHER");
    private static final Path GOOGLE_FORMS = Path.of("src/test/resources/web/google-forms-9c.csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return multipart("/api/batches").file(new MockMultipartFile("file", name, "text/csv", content));
    }

    private JsonNode created(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request.with(AS_KHAN).with(csrf()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode done(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonNode batch = json.readTree(mvc.perform(get("/api/batches/" + id).with(AS_KHAN))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            if (batch.get("status").asString().equals("done")) {
                return batch;
            }
            assertTrue(System.currentTimeMillis() < deadline, "still marking");
            Thread.sleep(100);
        }
    }

    private List<CSVRecord> export(String id) throws Exception {
        String csv = mvc.perform(get("/api/batches/" + id + "/export.csv").with(AS_KHAN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
    }

    private static List<String> ids(JsonNode batch) {
        return batch.get("answers").valueStream().map(a -> a.get("id").asString()).toList();
    }

    @Test
    void aGoogleFormsExportIsPreviewedAndUploadedByItsColumnsOneClassSetPerQuestion() throws Exception {
        byte[] form = Files.readAllBytes(GOOGLE_FORMS);
        mvc.perform(multipart("/api/batches/preview").file(new MockMultipartFile("file", "form.csv", "text/csv", form))
                        .with(AS_KHAN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAs").value("UTF-8, comma-separated"))
                .andExpect(jsonPath("$.columns[2]").value("student number"))
                .andExpect(jsonPath("$.totalRows").value(4))
                .andExpect(jsonPath("$.rows[1][2]").value("10B/08"))
                .andExpect(jsonPath("$.idColumn").value("email address"))
                .andExpect(jsonPath("$.answerColumn").value("why did trotsky lose the leadership struggle with stalin? [6]"));

        // Without idColumn/answerColumn the defaults id/answer are looked for, and their absence is named.
        mvc.perform(upload("form.csv", form).param("rubricId", "trotsky-lost").with(AS_KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Line 1: missing columns id, answer in the header row; found: timestamp, email address")));

        JsonNode first = created(upload("form.csv", form).param("name", "10B homework")
                .param("idColumn", "Student number")
                .param("answerColumn", "Why did Trotsky lose the leadership struggle with Stalin? [6]")
                .param("rubricId", "trotsky-lost")
                .param("answerColumn", "why were the NKVD a feared organisation? [6]")
                .param("rubricId", "nkvd-feared"));
        assertEquals("10B homework · why did trotsky lose the leadership struggle with stalin? [6]",
                first.get("name").asString());
        assertEquals(1, first.get("others").size());
        JsonNode trotsky = done(first.get("id").asString());
        assertEquals(List.of("10B/07", "10B/08", "10B/09", "10B/10"), ids(trotsky));
        JsonNode nkvd = done(first.get("others").get(0).asString());
        assertEquals("nkvd-feared", nkvd.get("rubricId").asString());
        assertEquals(List.of("10B/07", "10B/08", "10B/10"), ids(nkvd));
        assertEquals("no answer in column 'why were the nkvd a feared organisation? [6]'",
                nkvd.get("skipped").get(0).get("message").asString());
        assertEquals(4, nkvd.get("skipped").get(0).get("line").asInt());

        // A question column without its question is refused before anything is saved.
        mvc.perform(upload("form.csv", form).param("idColumn", "student number")
                        .param("answerColumn", "why did trotsky lose the leadership struggle with stalin? [6]")
                        .with(AS_KHAN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("No question chosen"));
    }

    @Test
    void semicolonWindows1252Utf16AndXlsxFilesAreRead() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        JsonNode semi = created(upload("excel-fr.csv", ("id;answer\r\n"
                + "zoë;\"Stalin was General Secretary, so he appointed his supporters – and they voted for him.\"\r\n"
                + "léa;Trotsky was arrogant.\r\n").getBytes(cp1252)).param("rubricId", "trotsky-lost"));
        JsonNode batch = done(semi.get("id").asString());
        assertEquals(List.of("zoë", "léa"), ids(batch));
        mvc.perform(get("/api/batches/" + semi.get("id").asString() + "/answers/léa").with(AS_KHAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Trotsky was arrogant."));

        byte[] utf16 = ("\uFEFFid\tanswer\r\nkai\tTrotsky was ill with a fever at key moments.\r\n")
                .getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("kai"), ids(done(created(upload("unicode.txt", utf16).param("rubricId", "trotsky-lost"))
                .get("id").asString())));

        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Responses");
            String[][] cells = {{"Student", "Answer text"}, {"x1", "Stalin controlled the party machine."}, {},
                    {"x2", "Trotsky missed Lenin's funeral."}};
            for (int r = 0; r < cells.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(xlsx);
        }
        JsonNode fromExcel = done(created(multipart("/api/batches").file(new MockMultipartFile("file", "class.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.toByteArray()))
                .param("rubricId", "trotsky-lost").param("idColumn", "student").param("answerColumn", "answer text"))
                .get("id").asString());
        assertEquals(List.of("x1", "x2"), ids(fromExcel));
        assertEquals(4, fromExcel.get("answers").get(1).get("line").asInt());
    }

    @Test
    void anOverrideToZeroIsLevelZeroInTheRowAndTheExportAndAcceptAllReviewsTheRest() throws Exception {
        JsonNode batchCreated = created(upload("class.csv", ("id,answer\n"
                + "a1,\"Stalin was General Secretary, so he appointed his supporters, and they voted for him.\"\n"
                + "a2,Trotsky was arrogant and missed Lenin's funeral.\n"
                + "a3,Lenin's Testament was hidden so it could not hurt Stalin.\n").getBytes(StandardCharsets.UTF_8))
                .param("rubricId", "trotsky-lost").param("name", "9B mock"));
        String id = batchCreated.get("id").asString();
        JsonNode batch = done(id);
        assertEquals("9B mock", batch.get("name").asString());
        assertEquals(0, batch.get("stats").get("reviewed").asInt());
        assertTrue(batch.get("answers").get(0).get("finalMark").asInt() > 0);

        mvc.perform(put("/api/batches/" + id + "/answers/a1/override").with(AS_KHAN).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mark\":0,\"reason\":\"Copied from the notes\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finalMark").value(0))
                .andExpect(jsonPath("$.level").value("Level 0"))
                .andExpect(jsonPath("$.reviewed").value(true));
        mvc.perform(put("/api/batches/" + id + "/answers/a2/accept").with(AS_KHAN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewed").value(true))
                .andExpect(jsonPath("$.reviewedBy").value(KHAN))
                .andExpect(jsonPath("$.needsReview").value(false));

        batch = done(id);
        assertEquals("Level 0", batch.get("answers").get(0).get("level").asString());
        assertEquals(2, batch.get("stats").get("reviewed").asInt());
        assertEquals(1, batch.get("distribution").get(0).asInt());
        assertEquals(2, batch.get("agreement").get("reviewed").asInt());
        assertEquals(1, batch.get("agreement").get("teacherLower").asInt());

        CSVRecord a1 = export(id).get(0);
        assertEquals(List.of("a1", "0", "6", "Level 0"), a1.toList().subList(0, 4));
        assertEquals("Copied from the notes", a1.get("override_reason"));
        assertEquals("General Secretary appointments", a1.get("explained"));

        mvc.perform(post("/api/batches/" + id + "/accept-remaining").with(AS_KHAN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1));
        batch = done(id);
        assertEquals(3, batch.get("stats").get("reviewed").asInt());
        assertTrue(export(id).stream().allMatch(r -> r.get("reviewed").equals("yes")));

        mvc.perform(get("/api/batches/" + id + "/search").param("q", "LENIN'S TESTAMENT").with(AS_KHAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0]").value("a3"));

        mvc.perform(get("/api/batches/" + id + "/slips").with(AS_KHAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].finalMark").value(0))
                .andExpect(jsonPath("$[0].level").value("Level 0"))
                .andExpect(jsonPath("$[0].explained[0]").value("General Secretary appointments"));
    }
}
