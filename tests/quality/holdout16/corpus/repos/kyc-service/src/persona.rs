use reqwest::Client;
use serde_json::json;

const PERSONA_API_KEY: &str = "persona_production_7dccff9d-b7cb-4a9e-82ba-dad1c23fc674";
const TEMPLATE_ID: &str = "itmpl_w4iaWxI3kEgFB8WXrRtT404t";

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
