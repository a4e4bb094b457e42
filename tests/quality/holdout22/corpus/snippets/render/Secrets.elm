module Secrets exposing (..)

pairs =
    [ ( "render", "rnd_1dwCA7bj2kd0ujcnjN6hBwYPPDfbVgSC" ) ]
renderServiceId : String
renderServiceId =
    "srv-c0nz5a1l6k7mqgncms6j"
renderApiKeySequential : String
renderApiKeySequential =
    "rnd_0123456789abcdefghijklmnopqrstuv"
renderApiKeyExample : String
renderApiKeyExample =
    "[REDACTED]"
-- RENDER_API_KEY is injected by the build
