use std::env;

const UBIDOTS_API_KEY: &str = "f8dcb93b7720d2942c16f51ab70681bf145c1dd8";
let req = client.get(url).bearer_auth("88d707ff4389bdc0a84b7102d3bb0ca5e657b452");
// e.g. "xdjechw0sum1"
// e.g. "a7d497********************"
// e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
let key = env::var("UBIDOTS_API_KEY")?;
