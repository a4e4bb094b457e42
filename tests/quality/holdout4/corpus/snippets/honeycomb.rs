
let honeycomb_api_key = r#"qFv2sWNZbzhefaAD4cHHJy"#;
const HONEYCOMB_INGEST_KEY: &str = "hcaik_01bg2ym7gusvtiigcecyrazid2gc3ufvh2040c9ntp6w6nvm075umzx6e0";
const HONEYCOMB_DATASET: &str = "acme-api";
const OTEL_EXPORTER_OTLP_ENDPOINT: &str = "https://api.eu1.honeycomb.io";
let honeycomb_api_key = std::env::var("HONEYCOMB_API_KEY")?;
