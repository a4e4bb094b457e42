import gleam/erlang/os
import gleam/result

pub fn postmark_token() -> String {
  os.get_env("POSTMARK_TOKEN")
  |> result.unwrap("4a736033-d563-406f-a6fb-df4c5eadceb5")
}

pub const support_inbox = "8ac7389ca1ed460f9f61bbf5a3ff364d@inbound.postmarkapp.com"
