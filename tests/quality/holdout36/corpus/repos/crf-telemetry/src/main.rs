use reqwest::Client;

const INGEST_USER: &str = "ingest";
const INGEST_PASSWORD: &str = "turbine-breeze-40";

async fn push(client: &Client, body: String) -> reqwest::Result<()> {
    client
        .post("https://ingest.crf.brackenfell.internal/api/v1/push")
        .basic_auth(INGEST_USER, Some(INGEST_PASSWORD))
        .header("X-Ingest-Key", "11a1672d0b35b6ac5b1f08d722506a35700c2aef")
        .body(body)
        .send()
        .await?;
    Ok(())
}
