use std::env;

let pair = ("datadog", "e61bc2f93c406eb22258b5bf1751af4d");
const DD_APP_KEY: &str = "a29386dd242a6d89302c42847ee8d57c2d2badd1";
const DD_SITE: &str = "datadoghq.eu";
const DD_RUM_CLIENT_TOKEN: &str = "pubbd203011a791953022716667d2a07f8a";
const DD_API_KEY_MASKED: &str = "e61b************af4d";
const DD_API_KEY_EXAMPLE: &str = "[REDACTED]";
let k = env::var("DD_API_KEY")?;
