use std::env;

let client = BrazeClient::builder()
    .region("eu")
    .token("3f7a43c5-e11d-4057-a71e-2b0cf6128e6e")
    .build()?;
const BRAZE_SDK_APP_IDENTIFIER: &str = "6235783d-50ea-45d2-89dd-919304ad752a";
const BRAZE_REST_ENDPOINT: &str = "https://rest.iad-02.braze.com";
const BRAZE_REST_API_KEY_TRUNCATED: &str = "3f7a43c5-e...";
const BRAZE_REST_API_KEY_EXAMPLE: &str = "${BRAZE_REST_API_KEY}";
let k = env::var("BRAZE_REST_API_KEY")?;
