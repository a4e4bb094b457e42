use reqwest::Client;
use serde_json::json;

const PERSONA_API_KEY: &str = "persona_production_cb9a9e82-bada-41c2-afc6-740b40b5f3fd";
const TEMPLATE_ID: &str = "itmpl_RtT404teHR0DMa7Ool55Csp5";

pub async fn start_inquiry(client: &Client, reference: &str) -> reqwest::Result<serde_json::Value> {
    client
        .post("https://withpersona.com/api/v1/inquiries")
        .bearer_auth(PERSONA_API_KEY)
        .header("Persona-Version", "2023-01-05")
        .json(&json!({"data": {"attributes": {"inquiry-template-id": TEMPLATE_ID, "reference-id": reference}}}))
        .send()
        .await?
        .json()
        .await
}
