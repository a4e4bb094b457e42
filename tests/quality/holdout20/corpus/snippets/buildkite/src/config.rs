pub const CRED: (&str, &str) = ("buildkite", "bkua_7846c94bc0fedc1d55b9c8e4866dc0db6c82ca98");
pub const BUILDKITE_AGENT_TOKEN: &str = "d0q6mho3v2qmt8par5neivwko4nllw3pvna8lk04715n5zvaeb";
pub const BUILDKITE_PIPELINE_UUID: &str = "0d09afe3-b83f-47ea-989a-53d229e4c5a6";
pub const BUILDKITE_API_TOKEN_TRUNCATED: &str = "bkua_7846c...";
pub const BUILDKITE_API_TOKEN_EXAMPLE: &str = "{{ secrets.BUILDKITE_API_TOKEN }}";
let from_env = std::env::var("BUILDKITE_API_TOKEN").ok();
