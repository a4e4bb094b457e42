use std::env;

let client = WebexClient::builder()
    .region("eu")
    .token("CxsG73wuUvgRHsdMKlhEJawjXoCmlNT5HKt7MXIKutLqFJGRseh4ZVVo6WCj0dPR_EOGS_e823a72c-90f9-4bdb-a589-5a72c7da9b1e")
    .build()?;
const WEBEX_ROOM_ID: &str = "Y2lzY29zcGFyazovL3VzL1JPT00vfGyfXzRHd4o3agshOm6261LJWGdsiOksNdKtMpyTCe5zZfkR";
const WEBEX_TOKEN_TRUNCATED: &str = "CxsG73wuUv...";
const WEBEX_TOKEN_EXAMPLE: &str = "{{ secrets.WEBEX_TOKEN }}";
let k = env::var("WEBEX_TOKEN")?;
