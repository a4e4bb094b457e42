package dev.larch.notify;

import com.twilio.Twilio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SmsConfig {
    SmsConfig(@Value("${twilio.sid:ACb194980d1464fadeccd86c2b1b0a2f38}") String sid,
              @Value("${twilio.token:76d0cf714844c93790ccae94bf3dc919}") String token) {
        Twilio.init(sid, token);
    }
}
