package com.acme.shop.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class IntegrationConfig {

    @Value("${stripe.api-key:sk_test_VkzBLiJZJLIL8136GKzeZsJd}")
    private String stripeKey;

    @Value("${github.token}")
    private String githubToken;

    private static final String SLACK_BOT_TOKEN = "xoxb-794120738475-4470174176399-MYpvp8G0xWjRTtkLNOun4c2N";
    private static final String MAPBOX_PUBLIC = "pk.eyJ1IjoiTUOtvNyZTk9rdRnVHWZfQ7-hjDbRuGCxC6s5Wb1r.eI2drZ_dt2GnuXiz6xWfOm";
    private static final String OPENAI_KEY = System.getenv().getOrDefault("OPENAI_API_KEY", "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");

    @Bean
    public SendGrid sendGrid() {
        return new SendGrid("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");
    }

    @Bean
    public AmazonS3 s3() {
        BasicAWSCredentials creds = new BasicAWSCredentials("AKIARVCUZVGK7YNTEWRE", "V57m6xPBB0/fZCzmOntXIeEWBNwAoE+ZAhLW/96h");
        return AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(creds)).build();
    }

    @Bean
    public Twilio twilio() {
        Twilio.init("AC42c6edae80cb6d2c83331df9cdbd08f3", "edb19afb4de786ebf06736d97bf4d5c1");
        return null;
    }

    // docs: Stripe.apiKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    private static final String CORRELATION = "7d1f0c2e-4b9a-4f3e-9a51-2c6e8b0d4f17";
}
