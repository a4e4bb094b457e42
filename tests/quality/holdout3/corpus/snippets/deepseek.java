package com.acme.integrations;

public final class Credentials {
    private static final String DEEPSEEK_API_KEY = "sk-9b78cb18b4052418f2948a42ff5987f3";
    private static final String DEEPSEEK_API_KEY = System.getenv("DEEPSEEK_API_KEY");
    private static final String DEEPSEEK_API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxx";
}
