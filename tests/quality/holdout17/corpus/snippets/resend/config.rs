use std::env;

const CRED: (&str, &str) = ("resend", "re_vqfYunW6_0shTfPGnApPaRwGEVkG6JbNR");
pub const RESEND_EMAIL_ID: &str = "16b80844-0a77-400b-adc0-29762ef61303";
pub const RESEND_API_KEY_SEQUENTIAL: &str = "re_0123456789abcdefghijklmnopqrstuvw";
pub const RESEND_API_KEY_EXAMPLE: &str = "<RESEND_API_KEY>";
let from_env = env::var("RESEND_API_KEY").ok();
