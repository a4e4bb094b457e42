use reqwest::Client;

const INGEST_USER: &str = "ingest";
const INGEST_PASSWORD: &str = "K3+h!yUbaGI%t~S8~N7N";

async fn push(client: &Client, body: String) -> reqwest::Result<()> {
    client
        .post("https://ingest.hlm.brackenfell.internal/api/v1/push")
        .basic_auth(INGEST_USER, Some(INGEST_PASSWORD))
        .header("X-Ingest-Key", "3cf587430503f82613161423d97073a030bb41b1")
        .body(body)
        .send()
        .await?;
    Ok(())
}
