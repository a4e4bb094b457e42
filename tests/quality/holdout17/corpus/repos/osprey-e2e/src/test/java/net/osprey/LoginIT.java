package net.osprey;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class LoginIT {
    void logsIntoStaging(WebDriver driver) {
        driver.get("https://staging.osprey.dev/login");
        driver.findElement(By.id("email")).sendKeys("qa@osprey.dev");
        driver.findElement(By.id("password")).sendKeys("BasaltWalnut56@");
        driver.findElement(By.id("otp-seed")).sendKeys("WV8VP97QRM9A3BIR8IEZVRWAGJBNNYU5");
    }
}
