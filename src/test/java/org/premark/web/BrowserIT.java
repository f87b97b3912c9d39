package org.premark.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** A web-app test class that drives one headless Chromium, started before its first test and quit after its last. */
abstract class BrowserIT extends WebAppIT {

    protected static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
