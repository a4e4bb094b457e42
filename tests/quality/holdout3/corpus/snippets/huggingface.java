package com.acme.integrations;

public final class Credentials {
    static { PROPS.setProperty("hf.token", "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"); }
    private static final String HF_TOKEN_API_ORG = "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";
    static { PROPS.setProperty("huggingface.model.id", "meta-llama/Llama-3.1-8B-Instruct"); }
    private static final String HF_TOKEN = System.getenv("HF_TOKEN");
    private static final String HF_TOKEN = "REPLACE_WITH_HUGGINGFACE_KEY";
}
