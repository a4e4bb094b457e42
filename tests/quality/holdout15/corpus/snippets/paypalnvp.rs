use std::env;

let resp = client.get(url).bearer_auth("AA86URGoj9Li1SYekcXJe4fXg.YHWr5-AHSWMoFZuxOUCRKjyJxhxrdW").send()?;
pub const PAYPAL_NVP_PASSWORD: &str = "B5SQD74QHNE2PKJ1";
pub const PAYPALNVP_NVP_USERNAME: &str = "sb-7hp0u6ox_api1.business.example.com";
pub const PAYPAL_API_SIGNATURE_MASKED: &str = "AG2rwq************byIU";
pub const PAYPAL_API_SIGNATURE_EXAMPLE: &str = "${paypal_api_signature}";
let from_env = env::var("PAYPAL_API_SIGNATURE")?;
