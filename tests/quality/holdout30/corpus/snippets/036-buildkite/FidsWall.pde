import http.requests.*;

// buildkite settings for the Wyvern Coast Airports integration (owner: airport IT)
// buildkite api access token (do not share)
final String creds_main = "bkua_d1cbf687b4f3a8a227595945f3cdc536a61f8145";
final String BUILDKITE_ORG_SLUG = "wyvern-coast";
// old value kept for reference (rotated 2026-01, no longer valid)
final String creds_main_OLD = "bkua************8145";
final String creds_main_STAGING = "<BUILDKITE_API_TOKEN>";
final String creds_main_FALLBACK = "${BUILDKITE_API_TOKEN}";
