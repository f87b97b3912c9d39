package org.premark.web;

import org.premark.classset.ClassSetFlowIT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.premark.workspace.Workspace;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The teacher's flow in headless Chromium: sign in, upload a class of 30, watch it marked, read the coverage chart,
 * filter and sort, open an answer (markup in it stays text), override a mark with a reason, export.
 */
class TeacherPagesIT extends BrowserIT {

    @Autowired
    Workspace workspace;

    private void signIn() {
        driver.get(baseUrl() + "/teacher");
        Browser.waiting(driver, 10).until(ExpectedConditions.urlContains("/login"));
        Browser.screenshot(driver, "login", 1280);
        // A wrong password keeps the user name in its field.
        driver.findElement(By.id("username")).sendKeys(KHAN);
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.id("sign-in")).click();
        Browser.waiting(driver, 10).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
        assertEquals(KHAN, driver.findElement(By.id("username")).getAttribute("value"));
        assertEquals("password", driver.switchTo().activeElement().getAttribute("id"));
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        Browser.waiting(driver, 10).until(ExpectedConditions.urlMatches(".*/teacher(\\?continue)?$"));
    }

    /** Clicks a row of the results list, scrolled to the middle of its pane (clear of the sticky header). */
    private void clickRow(String id) {
        WebElement row = driver.findElement(By.cssSelector("#results tbody tr[data-answer-id=" + id + "]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        row.click();
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#results tbody tr"));
    }

    @Test
    void aTeacherMarksModeratesAndExportsAClassSet() {
        signIn();

        // Upload the class and follow it to its page.
        Browser.waiting(driver, 10).until(d -> d.findElements(By.cssSelector("#rubric-1 option")).size() > 1);
        driver.findElement(By.id("file")).sendKeys(ClassSetFlowIT.CLASS_CSV.toAbsolutePath().toString());
        Browser.waiting(driver, 10).until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
        new Select(driver.findElement(By.id("rubric-1"))).selectByValue("trotsky-lost");
        long started = System.nanoTime();
        driver.findElement(By.id("upload-button")).click();
        Browser.waiting(driver, 10).until(ExpectedConditions.urlContains("/teacher/batches/"));
        Browser.waiting(driver, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"),
                "Marked 30 answers"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 30_000, "marking 30 answers took " + millis + " ms");
        assertEquals(30, rows().size());
        String batchId = driver.findElement(By.tagName("body")).getAttribute("data-batch-id");

        // The coverage chart: one stacked bar per rubric point, each accounting for all 30 answers.
        List<WebElement> bars = driver.findElements(By.cssSelector("[data-testid=coverage-chart] g[data-point]"));
        assertEquals(workspace.rubric("trotsky-lost").orElseThrow().points().size(), bars.size());
        for (WebElement bar : bars) {
            int sum = Integer.parseInt(bar.getAttribute("data-explained")) + Integer.parseInt(bar.getAttribute(
                    "data-identified")) + Integer.parseInt(bar.getAttribute("data-missing"));
            assertEquals(30, sum, bar.getAttribute("data-point"));
        }
        assertFalse(driver.findElements(By.cssSelector("[data-testid=coverage-chart] rect.seg-explained")).isEmpty());
        assertTrue(driver.findElement(By.id("reteach")).getText().startsWith("To reteach:"));

        // Sort by mark, then filter to the answers that need review.
        driver.findElement(By.cssSelector("#results th[data-key=mark] button")).click();
        List<Integer> marks = new ArrayList<>();
        for (WebElement row : rows()) {
            marks.add(Integer.parseInt(row.findElements(By.tagName("td")).get(1).getText().replaceAll("\\D.*", "")));
        }
        List<Integer> sorted = new ArrayList<>(marks);
        sorted.sort(null);
        assertEquals(sorted, marks);
        driver.findElement(By.id("review-only")).click();
        for (WebElement row : rows()) {
            assertEquals("true", row.getAttribute("data-needs-review"));
        }
        driver.findElement(By.id("review-only")).click();
        assertEquals(30, rows().size());

        // The answer with markup in it: shown as text in the table and beside it, never run.
        WebElement attackRow = driver.findElement(By.cssSelector("#results tbody tr[data-answer-id=s29]"));
        assertTrue(attackRow.getText().contains("<script>window.__xss=1</script>"), attackRow.getText());
        clickRow("s29");
        WebElement view = Browser.waiting(driver, 10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#detail [data-testid=answer-view]")));
        assertTrue(view.getText().startsWith("<script>window.__xss=1</script><img src=x onerror="), view.getText());
        assertTrue(driver.findElements(By.cssSelector("#detail img, #results img")).isEmpty());
        assertNull(driver.executeScript("return window.__xss === undefined ? null : window.__xss;"));

        // Override s03's mark with a reason.
        clickRow("s03");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=detail-id]"), "Answer s03"));
        WebElement mark = driver.findElement(By.id("override-mark"));
        int suggested = Integer.parseInt(mark.getAttribute("value"));
        int override = suggested == 6 ? 5 : suggested + 1;
        mark.clear();
        mark.sendKeys(Integer.toString(override));
        driver.findElement(By.id("override-reason")).sendKeys("Names two reasons; the second is explained.");
        driver.findElement(By.id("override-save")).click();
        WebElement info = Browser.waiting(driver, 10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=override-info]")));
        assertTrue(info.getText().startsWith("Overridden to " + override + " by ms-khan"), info.getText());
        String cell = driver.findElement(By.cssSelector("#results tbody tr[data-answer-id=s03]"))
                .findElements(By.tagName("td")).get(1).getText();
        assertEquals(override + " (was " + suggested + ")", cell);

        // A reason is required: the form will not submit without one (and the API refuses it too).
        driver.findElement(By.id("override-reason")).clear();
        driver.findElement(By.id("override-save")).click();
        assertEquals(Boolean.TRUE, driver.executeScript(
                "return document.getElementById('override-reason').validity.valueMissing;"));
        driver.findElement(By.id("override-reason")).sendKeys("Names two reasons; the second is explained.");

        // Export, fetched by the signed-in page itself.
        @SuppressWarnings("unchecked")
        Map<String, Object> export = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('export').href).then(async r => done({
                  status: r.status, disposition: r.headers.get('Content-Disposition'), body: await r.text()}));
                """);
        assertEquals(200L, export.get("status"));
        assertTrue(String.valueOf(export.get("disposition")).contains("premark-trotsky-lost-class-9b-marks.csv"));
        String s03 = String.valueOf(export.get("body")).lines().filter(l -> l.startsWith("\"s03\",")).findFirst()
                .orElseThrow();
        assertTrue(s03.startsWith("\"s03\"," + override + ",6,"), s03);
        assertTrue(s03.contains("," + suggested + ",\"Level "), s03);
        assertTrue(s03.contains(",\"yes\",\"Names two reasons; the second is explained.\",\"ms-khan\",\"yes\","), s03);

        // The class set is listed on the teacher's home page.
        driver.get(baseUrl() + "/teacher");
        Browser.waiting(driver, 10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#batches a[href='/teacher/batches/" + batchId + "']")));
        Browser.screenshot(driver, "teacher-home", 1366);
    }
}
