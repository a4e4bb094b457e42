use std::env;

let client = Client::builder().token("dt0c01.YP502IL345P7DDKK983C3G1V.2MH8P1LILY6C8WY07SZMVGJN9FFBUKK81HQIBCSL2SLCOXBR1Y3URID60N8TLNPL").build()?;
const DT_TOKEN_ID: &str = "dt0c01.XMKH0HFUEKBIE43S8Z85LE2X";
const DT_ENV_URL: &str = "https://isjylxrt.live.dynatrace.com";
let dt_token = env::var("DT_TOKEN")?;
