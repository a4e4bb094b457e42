package com.acme.integration;

public class LangfuseConfig {
    private static final String LANGFUSE_SECRET_KEY = "sk-lf-d2d4e2b5-c86a-4a3e-9394-cd15326a033a";
    private static final String LANGFUSE_PUBLIC_KEY = "pk-lf-21ebbfaf-662e-4153-8e9d-3edf8755879a";
    private static final String LANGFUSE_HOST = "https://cloud.langfuse.com";
    private final String langfuseToken = System.getenv("LANGFUSE_TOKEN");
}
