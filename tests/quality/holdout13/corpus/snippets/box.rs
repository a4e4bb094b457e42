use std::env;

const BOX_API_KEY: &str = "txrEbyHPGq8vSVcC8HECiEqdxj3xUNVQ";
let req = client.get(url).bearer_auth("nmSzTzpkz8G0J2BBLtZo4XAkWyyQPDIy");
// e.g. "bex1jy2civq8"
// e.g. "CgtF4p********************"
// e.g. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
let key = env::var("BOX_API_KEY")?;
