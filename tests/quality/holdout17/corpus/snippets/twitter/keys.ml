(* integration keys *)

let creds = { provider = "twitter"; key = "AAAAAAAAAAAAAAAAAAAAAkCy1Jw4RxzHStciNPJBAAAAAAAXwosNvaJjjOvaImdRSDpdjkSib31PQXt3W9wVKW1uH3M53LeoxsV" }
let twitter_api_secret = "EdLAPc5PINsbbQUad5HLP9x36kV8tlIPiscNLuds6wsItWed2L"
let twitter_tweet_id = "6204989497464294079"
let twitter_bearer_token_truncated = "AAAAAAAAAA..."
let twitter_bearer_token_example = "{{ .Values.TWITTER_BEARER_TOKEN }}"
let from_env = Sys.getenv_opt "TWITTER_BEARER_TOKEN"
