package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.premark.classset.ClassSetFlowIT;

/**
 * The teacher's journeys of issue 11 in headless Chromium on a 1366×768 laptop screen: upload a Google Forms export
 * choosing its columns; open an answer, override it and move to the next, all with the keyboard and without the page
 * scrolling; accept the rest in bulk; the override's mark and level everywhere, the export included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModerationPagesIT extends BrowserIT {

    static final Path GOOGLE_FORMS = Path.of("src/test/resources/web/google-forms-9c.csv");

    @org.springframework.beans.factory.annotation.Autowired
    org.premark.classset.ClassSetStore store;

    @org.springframework.beans.factory.annotation.Autowired
    org.premark.workspace.Workspace workspace;

    @org.springframework.beans.factory.annotation.Autowired
    tools.jackson.databind.json.JsonMapper json;

    private void signIn() {
        driver.get(baseUrl() + "/teacher");
        if (driver.getCurrentUrl().contains("/login")) {
            driver.findElement(By.id("username")).sendKeys(KHAN);
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.id("sign-in")).click();
        }
        Browser.waiting(driver, 10).until(ExpectedConditions.urlMatches(".*/teacher(\\?continue)?$"));
    }

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private String active() {
        return String.valueOf(js("const a = document.activeElement; return a.dataset && a.dataset.answerId"
                + " ? 'row:' + a.dataset.answerId : (a.id || a.tagName);"));
    }

    /** The page has not scrolled, and the element is wholly inside the window. */
    private void assertInView(String id) {
        assertEquals(0L, ((Number) js("return Math.round(window.scrollY);")).longValue(), "the page scrolled");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js("const b = document.getElementById(arguments[0])"
                + ".getBoundingClientRect(); return {top: b.top, bottom: b.bottom, h: window.innerHeight,"
                + " w: window.innerWidth, right: b.right};", id);
        assertTrue(((Number) r.get("top")).doubleValue() >= 0, id + " " + r);
        assertTrue(((Number) r.get("bottom")).doubleValue() <= ((Number) r.get("h")).doubleValue(), id + " " + r);
        assertTrue(((Number) r.get("right")).doubleValue() <= ((Number) r.get("w")).doubleValue(), id + " " + r);
    }

    private String upload(Path file) {
        driver.get(baseUrl() + "/teacher");
        Browser.waiting(driver, 10).until(d -> d.findElements(By.cssSelector("#targets select.rubric option")).size() > 1);
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        Browser.waiting(driver, 10).until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
        return driver.findElement(By.id("read-as")).getText();
    }

    @Test
    @Order(1)
    void aGoogleFormsExportIsUploadedByChoosingItsColumns() {
        signIn();
        Browser.viewport(driver, 1366, 768);
        String readAs = upload(GOOGLE_FORMS);
        assertTrue(readAs.startsWith("Read as UTF-8, comma-separated. 4 rows"), readAs);
        List<String> headers = driver.findElements(By.cssSelector("#preview-table th")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("timestamp", "email address", "student number",
                "why did trotsky lose the leadership struggle with stalin? [6]",
                "why were the nkvd a feared organisation? [6]"), headers);
        assertEquals(4, driver.findElements(By.cssSelector("#preview-table tbody tr")).size());

        // No question is chosen for the teacher; the form says so rather than guessing.
        assertEquals("", new Select(driver.findElement(By.id("rubric-1"))).getFirstSelectedOption().getAttribute("value"));
        driver.findElement(By.id("name")).clear();
        driver.findElement(By.id("name")).sendKeys("10B homework");
        new Select(driver.findElement(By.id("id-column"))).selectByValue("email address");
        new Select(driver.findElement(By.id("answer-column-1")))
                .selectByValue("why did trotsky lose the leadership struggle with stalin? [6]");
        driver.findElement(By.id("upload-button")).click();
        WebElement error = Browser.waiting(driver, 5).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("upload-error")));
        assertEquals("Choose the question for this column.", error.getText());
        new Select(driver.findElement(By.id("rubric-1"))).selectByValue("trotsky-lost");
        driver.findElement(By.id("add-target")).click();
        new Select(driver.findElement(By.id("answer-column-2"))).selectByValue("why were the nkvd a feared organisation? [6]");
        new Select(driver.findElement(By.id("rubric-2"))).selectByValue("nkvd-feared");
        Browser.screenshot(driver, "teacher-upload", 1366);
        driver.findElement(By.id("upload-button")).click();

        // Two class sets, one per question column, named after the upload and the column.
        Browser.waiting(driver, 10).until(ExpectedConditions.urlMatches(".*/teacher$"));
        Browser.waiting(driver, 10).until(d -> d.findElements(By.cssSelector("#batches tbody tr")).size() >= 2);
        List<String> names = driver.findElements(By.cssSelector("#batches tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(names.contains("10B homework · why did trotsky lose the leadership struggle with stalin? [6]"), names.toString());
        assertTrue(names.contains("10B homework · why were the nkvd a feared organisation? [6]"), names.toString());
        String href = (String) js("return [...document.querySelectorAll('#batches a')].find(a => a.textContent"
                + " === arguments[0]).getAttribute('href');", "10B homework · why were the nkvd a feared organisation? [6]");
        driver.get(baseUrl() + href);
        Browser.waiting(driver, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"),
                "Marked 3 answers"));
        // The empty answer of chen.w was skipped, and the ids are the form's e-mail addresses.
        assertEquals(List.of("amir.k@school.example", "bea.l@school.example", "dara.o@school.example"),
                driver.findElements(By.cssSelector("#results tbody tr"))
                .stream().map(tr -> tr.getAttribute("data-answer-id")).toList());
        assertTrue(driver.findElement(By.cssSelector("[data-testid=skipped]")).getAttribute("textContent")
                .contains("no answer in column"));
        driver.findElement(By.cssSelector("#results tbody tr[data-answer-id='amir.k@school.example']")).click();
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer amir.k@school.example"));
    }

    @Test
    @Order(2)
    void aTeacherModeratesByKeyboardWithoutScrollingThenAcceptsTheRest() {
        signIn();
        Browser.viewport(driver, 1366, 768);
        upload(ClassSetFlowIT.CLASS_CSV);
        assertEquals("id", new Select(driver.findElement(By.id("id-column"))).getFirstSelectedOption().getText());
        assertEquals("answer", new Select(driver.findElement(By.id("answer-column-1"))).getFirstSelectedOption().getText());
        new Select(driver.findElement(By.id("rubric-1"))).selectByValue("trotsky-lost");
        driver.findElement(By.id("upload-button")).click();
        Browser.waiting(driver, 10).until(ExpectedConditions.urlContains("/teacher/batches/"));
        Browser.waiting(driver, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"),
                "Marked 30 answers"));
        assertEquals("0 of 30 reviewed", driver.findElement(By.id("reviewed-text")).getText());
        String batchId = driver.findElement(By.tagName("body")).getAttribute("data-batch-id");
        assertTrue(driver.findElement(By.id("shortcuts")).getText().contains("next needing review"));

        // Keyboard only from here. j opens the first answer and keeps focus on its row.
        js("document.activeElement.blur();");
        keys("j");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer s01"));
        assertEquals("row:s01", active());
        keys("j");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer s02"));
        keys("k");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer s01"));
        // Enter on a row opens it and focus stays on the row, not the page body.
        keys("j");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer s02"));
        keys("\n");
        assertEquals("row:s02", active());
        assertInView("override-mark");
        assertInView("accept");
        assertInView("override-reason");
        assertInView("shortcuts");

        // n: the next answer needing review (one with a mark above 0); o: the mark field; Enter: on to the reason;
        // Enter: save.
        String overridden = "s02";
        for (int i = 0; i < 10; i++) {
            String before = overridden;
            keys("n");
            Browser.waiting(driver, 10).until(d -> !("row:" + before).equals(active()));
            overridden = active().substring(4);
            Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                    "Answer " + active().substring(4)));
            if (!driver.findElement(By.cssSelector("[data-testid=detail-final]")).getText().startsWith("0/")) {
                break;
            }
        }
        assertEquals("true", driver.findElement(By.cssSelector("#results tr[data-answer-id='" + overridden + "']"))
                .getAttribute("data-needs-review"));
        keys("o");
        assertEquals("override-mark", active());
        keys("0", "\n");
        assertEquals("override-reason", active());
        keys("Nothing here answers the question.", "\n");
        Browser.waiting(driver, 10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=override-info]")));
        assertEquals("Level 0", driver.findElement(By.cssSelector("[data-testid=detail-level]")).getText());
        assertEquals("0/6", driver.findElement(By.cssSelector("[data-testid=detail-final]")).getText());
        final String o = overridden;
        WebElement row = driver.findElement(By.cssSelector("#results tr[data-answer-id='" + overridden + "']"));
        assertEquals("Level 0", row.findElement(By.cssSelector("td.level-cell")).getText());
        assertEquals("row:" + overridden, active());
        assertEquals("1 of 30 reviewed", driver.findElement(By.id("reviewed-text")).getText());
        assertInView("override-mark");
        Browser.screenshotViewport(driver, "teacher-moderate");

        // j moves on; a accepts it and moves on again.
        keys("j");
        Browser.waiting(driver, 10).until(d -> !("row:" + o).equals(active()));
        String accepted = active().substring(4);
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer " + accepted));
        keys("a");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewed-text"),
                "2 of 30 reviewed"));
        Browser.waiting(driver, 10).until(d -> !("row:" + accepted).equals(active()));
        assertNotEquals("BODY", active());
        assertInView("accept");

        // Accept all the rest in one go.
        driver.findElement(By.id("accept-all")).click();
        driver.switchTo().alert().accept();
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewed-text"),
                "30 of 30 reviewed"));
        assertEquals("All reviewed", driver.findElement(By.id("accept-all")).getText());
        assertTrue(driver.findElement(By.id("agreement")).getText().startsWith("On the 30 answers you reviewed"),
                driver.findElement(By.id("agreement")).getText());
        assertEquals(0L, ((Number) js("return Math.round(window.scrollY);")).longValue());
        Browser.screenshot(driver, "teacher-batch", 1366);

        // The export: the override is the mark, with its level.
        @SuppressWarnings("unchecked")
        Map<String, Object> export = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('export').href).then(async r => done({status: r.status, body: await r.text()}));
                """);
        assertEquals(200L, export.get("status"));
        String csv = String.valueOf(export.get("body"));
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CSVRecord r = records.stream().filter(x -> x.get("id").equals(o)).findFirst().orElseThrow();
        assertEquals("0", r.get("final_mark"));
        assertEquals("Level 0", r.get("level"));
        assertEquals("Nothing here answers the question.", r.get("override_reason"));
        assertTrue(records.stream().allMatch(x -> x.get("reviewed").equals("yes")));

        // Feedback slips for the class, printable.
        driver.get(baseUrl() + "/teacher/batches/" + batchId + "/slips");
        Browser.waiting(driver, 10).until(d -> d.findElements(By.cssSelector(".slip")).size() == 30);
        assertEquals("0/6", driver.findElement(By.cssSelector(".slip[data-answer-id='" + overridden + "'] .slip-mark"))
                .getText());
        Browser.screenshot(driver, "teacher-slips", 1366);

        // Phone width: the list and the answer stack, and nothing overflows sideways.
        driver.get(baseUrl() + "/teacher/batches/" + batchId);
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"),
                "Marked 30 answers"));
        driver.findElement(By.cssSelector("#results tbody tr[data-answer-id=s03]")).click();
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer s03"));
        assertTrue(((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).intValue() <= 0,
                String.valueOf(js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
                        + ".right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                        + " + ':' + Math.round(e.getBoundingClientRect().right)).join(' ');")));
        Browser.screenshot(driver, "teacher-batch-phone", 390);
        Browser.viewport(driver, 1366, 768);
    }

    @Test
    @Order(3)
    void aClassSetOfTwoThousandIsPagedAndSearchable() {
        var rubric = workspace.rubric("trotsky-lost").orElseThrow();
        var result = workspace.marker().mark(rubric, "Stalin was General Secretary, so he appointed his supporters.");
        String resultJson = json.writeValueAsString(result);
        List<org.premark.classset.NewAnswer> answers = new java.util.ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            answers.add(new org.premark.classset.NewAnswer(String.format("year10-%04d", i), i + 1,
                    "Stalin was General Secretary, so he appointed his supporters." + (i == 1234 ? " Zinoviev." : "")));
        }
        java.time.Instant now = java.time.Instant.now();
        var batch = store.create(KHAN, "trotsky-lost", "year10.csv", "Year 10, all classes", answers, List.of(), now);
        for (var a : answers) {
            store.saveResult(batch.id(), a.id(), result.mark(), result.level(), List.of(), resultJson, now);
        }
        store.finishIfComplete(batch.id(), now);

        signIn();
        Browser.viewport(driver, 1366, 768);
        long started = System.nanoTime();
        driver.get(baseUrl() + "/teacher/batches/" + batch.id());
        Browser.waiting(driver, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"),
                "Marked 2000 answers"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 10_000, "the page took " + millis + " ms");
        assertEquals(100, driver.findElements(By.cssSelector("#results tbody tr")).size());
        assertTrue(driver.findElement(By.id("pager")).getText().contains("Rows 1–100 of 2000"),
                driver.findElement(By.id("pager")).getText());
        // Moving past the last row of a page turns the page.
        js("document.activeElement.blur();");
        keys("j");
        Browser.waiting(driver, 10).until(d -> "row:year10-0001".equals(active()));
        for (int i = 0; i < 100; i++) {
            keys("j");
        }
        Browser.waiting(driver, 10).until(d -> "row:year10-0101".equals(active()));
        assertTrue(driver.findElement(By.id("pager")).getText().contains("Rows 101–200 of 2000"));
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-heading"),
                "Answer year10-0101"));
        assertInView("override-mark");
        // Search by id, and by words beyond the list's preview, over the whole text on the server.
        driver.findElement(By.id("search")).sendKeys("year10-1999");
        Browser.waiting(driver, 10).until(d -> d.findElements(By.cssSelector("#results tbody tr")).size() == 1);
        driver.findElement(By.id("search")).clear();
        driver.findElement(By.id("search")).sendKeys("zinoviev");
        Browser.waiting(driver, 10).until(d -> d.findElements(By.cssSelector("#results tbody tr")).size() == 1);
        assertEquals("year10-1234", driver.findElement(By.cssSelector("#results tbody tr")).getAttribute("data-answer-id"));
    }
}
