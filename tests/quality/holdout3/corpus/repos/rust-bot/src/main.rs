use serenity::prelude::*;
use std::env;

const DISCORD_TOKEN: &str = "OTQzODE3NDI1ODgwMzIzOTI5.d4zLUh.N6CqgNzuroMVDJtUQiH6dr5-iawhQHoTHlNet3";
const APPLICATION_ID: u64 = 283373308199852748;

#[tokio::main]
async fn main() {
    let openai = async_openai::Client::with_config(OpenAIConfig::new().with_api_key("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"));
    let token = env::var("DISCORD_TOKEN").unwrap_or_else(|_| DISCORD_TOKEN.to_string());
    let http = reqwest::Client::new();
    let _ = http.post("https://api.telegram.org/bot2723940177:AAwufT35B2k00YXN04LE9k4nY27ErKAg9ey/sendMessage").send().await;
    let _ = http.get("https://api.github.com/user").bearer_auth("ghs_GhgWiMMzEYNhConGS4kpTfCx75pB4t0lorf8").send().await;
    let mut client = Client::builder(&token, GatewayIntents::GUILD_MESSAGES).await.unwrap();
    client.start().await.unwrap();
}
