use std::env;

let client = WebexClient::builder()
    .region("eu")
    .token("jy1A3Y6O1NRvKmkrLZY2Uw2PNjy0OaN4YMDrdfoa4SCqtRQj34P2kasIMPzmTySQ_L95S_e9cf044d-637e-49ba-a391-53f0b47e659a")
    .build()?;
const WEBEX_ROOM_ID: &str = "Y2lzY29zcGFyazovL3VzL1JPT00vLqFJGRseh4ZVVo6WCj0dPRKeogs2CqSfXhQv4Q62QUpJ2ZNK";
const WEBEX_TOKEN_TRUNCATED: &str = "jy1A3Y6O1N...";
const WEBEX_TOKEN_EXAMPLE: &str = "{{ secrets.WEBEX_TOKEN }}";
let k = env::var("WEBEX_TOKEN")?;
