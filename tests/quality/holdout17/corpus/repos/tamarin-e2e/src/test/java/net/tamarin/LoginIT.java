package net.tamarin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class LoginIT {
    void logsIntoStaging(WebDriver driver) {
        driver.get("https://staging.tamarin.dev/login");
        driver.findElement(By.id("email")).sendKeys("qa@tamarin.dev");
        driver.findElement(By.id("password")).sendKeys("copper-falcon-meadow-663");
        driver.findElement(By.id("otp-seed")).sendKeys("1ON456H39AW6490H1HD83EI5T8XBFKZI");
    }
}
