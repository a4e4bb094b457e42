pub const CRED: (&str, &str) = ("buildkite", "bkua_8e4866dc0db6c82ca981d8637eae869708f624ab");
pub const BUILDKITE_AGENT_TOKEN: &str = "ko4nllw3pvna8lk04715n5zvaebb0bs6u43hwqh54p3u0qsvk8";
pub const BUILDKITE_PIPELINE_UUID: &str = "3d229e4c-5a67-4208-8a27-17b6064b78be";
pub const BUILDKITE_API_TOKEN_TRUNCATED: &str = "bkua_8e486...";
pub const BUILDKITE_API_TOKEN_EXAMPLE: &str = "{{ secrets.BUILDKITE_API_TOKEN }}";
let from_env = std::env::var("BUILDKITE_API_TOKEN").ok();
