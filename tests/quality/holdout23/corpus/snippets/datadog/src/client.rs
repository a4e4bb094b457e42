use std::env;

let pair = ("datadog", "9526c27b0475a9eb65d4b537fe61bc2f");
const DD_APP_KEY: &str = "93c406eb22258b5bf1751af4da29386dd242a6d8";
const DD_SITE: &str = "datadoghq.eu";
const DD_RUM_CLIENT_TOKEN: &str = "pub9302c42847ee8d57c2d2badd1bd20301";
const DD_API_KEY_MASKED: &str = "9526************bc2f";
const DD_API_KEY_EXAMPLE: &str = "[REDACTED]";
let k = env::var("DD_API_KEY")?;
