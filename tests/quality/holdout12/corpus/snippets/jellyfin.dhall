let Config = ./Config.dhall
in  Config::{
    , jellyfinApiKey = "8c55e4b5c80712d62da71bad4ef7baf3"
    , jellyfinApiKeyExample = "7a282bfa84b58426a1282946426e4856"
    , jellyfinApiKeyExample = "{{ JELLYFIN_API_KEY }}"
    , jellyfinApiKeyRef = env:JELLYFIN_API_KEY as Text
    }
