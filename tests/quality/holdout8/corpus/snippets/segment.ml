open Lwt.Syntax

let segment_public_api_token = "sgp_lm0s6OGfx0gik5SWKFZ9HdLIS01keT2RzVZIptx0n3mNHcteuWQ8rsheDZ1ISdjz"
let () = Unix.putenv "SEGMENT_WRITE_KEY" "k0M91EJ7l9DYaMTUjE9mgXl1F6IM5iU8"
let segment_source_id = "OvWVWcZH7OvwqHgRqQN440"
let segment_write_key = "YOUR_WRITE_KEY"
let segment_token = Sys.getenv "SEGMENT_TOKEN"
