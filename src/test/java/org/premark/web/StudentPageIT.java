package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The student page in headless Chromium: check an answer, see highlights and the checklist; XSS shows as text. */
class StudentPageIT extends BrowserIT {

    static final String ANSWER = "Stalin was General Secretary, so he appointed his supporters to key posts in the party"
            + " and they voted for him at the Party Congress. Trotsky was arrogant.";

    private void check(String answer) {
        driver.get(baseUrl() + "/?q=trotsky-lost");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-text"),
                "Trotsky lose"));
        WebElement box = driver.findElement(By.id("answer"));
        box.clear();
        box.sendKeys(answer);
        driver.findElement(By.id("check")).click();
        Browser.waiting(driver, 20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=checklist] li")));
    }

    @Test
    void aStudentChecksAnAnswerAndSeesTheChecklistHighlightsAndNextSteps() {
        check(ANSWER);

        assertEquals(new Select(driver.findElement(By.id("question"))).getFirstSelectedOption().getAttribute("value"),
                "trotsky-lost");
        assertEquals(ANSWER.split("\\s+").length + " words", driver.findElement(By.id("word-count")).getText());
        WebElement gensec = driver.findElement(By.cssSelector(
                "[data-testid=checklist] li[data-point=general-secretary-appointments]"));
        assertEquals("explained", gensec.getAttribute("data-status"));
        assertTrue(gensec.getText().contains("Explained"), gensec.getText());
        List<WebElement> marks = driver.findElements(By.cssSelector(
                "[data-testid=answer-view] mark.hl[data-point=general-secretary-appointments]"));
        assertFalse(marks.isEmpty(), "the General Secretary claim is highlighted");
        assertTrue(marks.get(0).getAttribute("class").contains("explained"));
        assertTrue(driver.findElement(By.cssSelector("[data-testid=mark]")).getText().matches("[0-6]/6"));
        assertTrue(driver.findElement(By.cssSelector("[data-testid=level]")).getText().startsWith("Level"));
        assertEquals(ANSWER, driver.findElement(By.cssSelector("[data-testid=answer-view]")).getText());

        // "What to do next" is open from the start, right under the mark.
        WebElement next = driver.findElement(By.cssSelector("[data-testid=next-steps]"));
        assertEquals("true", next.getAttribute("open"));
        assertEquals(Boolean.TRUE, driver.executeScript("return document.querySelector('#score').nextElementSibling"
                + ".contains(arguments[0]);", next));
        // Note references read as titles, never as hashed file names.
        assertFalse(next.getText().matches("(?s).*\\d{3}_[0-9a-f]{16}.*"), next.getText());
        assertTrue(next.findElement(By.cssSelector(".passage .where")).getText().contains(" — "),
                next.findElement(By.cssSelector(".passage .where")).getText());
        WebElement firstTip = next.findElement(By.cssSelector("ul li"));
        assertTrue(firstTip.isDisplayed());
        assertFalse(firstTip.getText().isBlank());
        assertFalse(next.findElements(By.cssSelector(".passage")).isEmpty(), "passages to read are one click away");

        Browser.screenshot(driver, "student", 1280);

        driver.manage().window().setSize(new Dimension(390, 844));
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 1, "no sideways scrolling at phone width, overflow " + overflow + "px");
        // On a phone the point's label shows on its highlight, without hovering.
        Object tag = driver.executeScript("return getComputedStyle(document.querySelector('[data-testid=answer-view]"
                + " mark.tagged[data-point=general-secretary-appointments]'), '::after').content;");
        assertTrue(String.valueOf(tag).contains("General Secretary appointments"), String.valueOf(tag));
        Browser.screenshot(driver, "student-phone", 390);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void eachPointHasItsOwnColourABlankAnswerIsAskedForAndOneWordIsSingular() {
        driver.get(baseUrl() + "/?q=trotsky-lost");
        Browser.waiting(driver, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-text"),
                "Trotsky lose"));
        WebElement box = driver.findElement(By.id("answer"));
        box.clear();
        box.sendKeys("   ");
        driver.findElement(By.id("check")).click();
        WebElement error = Browser.waiting(driver, 5).until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("Write your answer first.", error.getText());
        box.sendKeys("Stalin");
        assertEquals("1 word", driver.findElement(By.id("word-count")).getText());
        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) driver.executeScript("return [...Array(10).keys()].map(i => {"
                + " const s = document.createElement('span'); s.className = 'pc' + i; document.body.append(s);"
                + " const c = getComputedStyle(s).getPropertyValue('--pc').trim(); s.remove(); return c; });");
        assertEquals(10, new java.util.HashSet<>(colours).size(), colours.toString());
    }

    @Test
    void markupInAnAnswerIsShownAsTextAndNeverRuns() {
        String attack = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"> Stalin was General"
                + " Secretary so he appointed his supporters.";
        check(attack);

        WebElement view = driver.findElement(By.cssSelector("[data-testid=answer-view]"));
        assertEquals(attack, view.getText());
        assertTrue(view.findElements(By.tagName("img")).isEmpty());
        assertTrue(view.findElements(By.tagName("script")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("main img")).isEmpty());
        assertNull(driver.executeScript("return window.__xss === undefined ? null : window.__xss;"));
    }
}
