fn build() -> Client {
    Client::builder()
        .llama_cloud_api_key("llx-Eq86ejlq1ciP6QKoE6OO1mm8x2Eud3jiPwsAQ9rtxyxn30Ml")
        .llama_cloud_project_id("5743926d-decd-429e-9903-1686df8a8bdf")
        .llama_cloud_api_key_masked("llx-************30Ml")
        .llama_cloud_api_key_example("YOUR_LLAMA_CLOUD_API_KEY_HERE")
        .env_fallback(std::env::var("LLAMA_CLOUD_API_KEY").ok())
        .build()
}
