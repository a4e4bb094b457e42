package com.example.integrations;

public final class Keys {
    static final java.util.Map<String, String> CREDS = java.util.Map.of("brevo", "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");
    public static final String BREVO_SMTP_KEY = "xsmtpsib-738b6ca749cc0a907da8c29da34abf4e33bb90d186fe6295a60a6f0905679c12-vl9SCRtXoX4dRSsK";
    public static final String BREVO_CLIENT_KEY = "0rup9aegldcjbrvynjs5xw9b";
    public static final String BREVO_API_KEY_REQUEST = "8b386f25-936f-4513-995d-b461d50679e6";
    public static final String BREVO_API_KEY_EXAMPLE = "TODO-BREVO_API_KEY";
    static final String FROM_ENV = System.getenv("BREVO_API_KEY");
}
