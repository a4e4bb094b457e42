use reqwest::blocking::Client;

pub fn fetch_prices() -> reqwest::Result<String> {
    Client::new()
        .get("https://prices.seedsupplier.example/v2/catalogue")
        .basic_auth("thornbury", Some("zUepQbGKWcfG7nG2EROq870Qutn5vnTM"))
        .send()?
        .text()
}
