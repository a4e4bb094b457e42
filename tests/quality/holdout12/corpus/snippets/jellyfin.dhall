let Config = ./Config.dhall
in  Config::{
    , jellyfinApiKey = "ba5331a6576f0be725507101b8652498"
    , jellyfinApiKeyExample = "ec7316832f3c888f6a17927cf3172e5e"
    , jellyfinApiKeyExample = "{{ JELLYFIN_API_KEY }}"
    , jellyfinApiKeyRef = env:JELLYFIN_API_KEY as Text
    }
