import http.requests.*;

// ntfy settings for the Wyvern Coast Airports integration (owner: airport IT)
// ntfy access token (do not share)
final String creds_main = "tk_s0aqt3siu7g8vtjrtvlofggz5r1ve";
final String NTFY_TOPIC = "wca-baggage-alerts";
// old value kept for reference (rotated 2026-04, no longer valid)
final String creds_main_OLD = "91e9a4621a5ccf11e6a39d202dd644c21f1b2c82aba54ec5189d37352ff7fe20";
final String creds_main_STAGING = "$(NTFY_TOKEN)";
final String creds_main_FALLBACK = "${NTFY_TOKEN}";
