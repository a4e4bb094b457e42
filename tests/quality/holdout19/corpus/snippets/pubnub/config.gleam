import gleam/erlang/os

pub const pubnub_secret_key = "sec-c-CgD7kOkQbI1oHqnAgaC322PDCyeer1LkTDe5C52evtCUYVpv"
pub const pubnub_publish_key = "pub-c-7453cd0d-c480-48b1-9464-23de286ed127"
pub const pubnub_subscribe_key = "sub-c-e50df55f-3058-4aad-a2bc-23fa3404d74c"
pub const pubnub_secret_key_masked = "sec-************YVpv"
pub const pubnub_secret_key_example = "paste-your-key"
let pubnub_secret_key_env = os.get_env("PUBNUB_SECRET_KEY")
