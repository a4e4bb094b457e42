package com.example.integrations;

public final class Keys {
    static final java.util.Map<String, String> CREDS = java.util.Map.of("brevo", "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");
    public static final String BREVO_SMTP_KEY = "xsmtpsib-b6ca749cc0a907da8c29da34abf4e33bb90d186fe6295a60a6f0905679c12a5e-RtXoX4dRSsKAOru4";
    public static final String BREVO_CLIENT_KEY = "p9aegldcjbrvynjs5xw9br6x";
    public static final String BREVO_API_KEY_REQUEST = "386f2593-6f25-43d9-bdb4-61d50679e658";
    public static final String BREVO_API_KEY_EXAMPLE = "TODO-BREVO_API_KEY";
    static final String FROM_ENV = System.getenv("BREVO_API_KEY");
}
