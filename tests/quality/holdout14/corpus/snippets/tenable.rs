use std::env;

const CLIENT_B64: &str = "N2NhYmFmYjM4NmI0ZTcyMTRkZmQxYTg1NzhhNWI5OTQ1ZDdiZTgxZDdhNTAzYzBlOTIxYWNmMWVjYzZhMTg4NQ==";
let raw = r#"{"tenable": "b35f412b9d799173877e16e7859e7f650be03a7a3a985902052927417566fc29"}"#;
// docs sample for tenable: 6b0c73fc-6141-4d94-80f9-e025624f7c36
// key shown in dashboard: dfb7f3************2934
const TENABLE_SECRET: &str = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx";
let TENABLE_ENV = env::var("TENABLE_SECRET")?;
