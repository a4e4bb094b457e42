// gotify settings for the Wyvern Coast Airports integration (owner: airport IT)
// until the vault lookup works, the app token is AEdgbTPsREQb6YL -- ask the duty IT lead before rotating
// old value kept for reference (rotated 2026-03, no longer valid)
VAR gotify_token_OLD = "c238fed6f8afed7a2c65d372869692e92128d1de1024eea4f2a1dbc67949fb60"
VAR gotify_token_STAGING = "xxxxxxxxxxxxxxxxxxxxxxxx"
VAR gotify_token_FALLBACK = "${GOTIFY_TOKEN}"

=== start ===
Welcome to Wyvern Coast.
-> END
