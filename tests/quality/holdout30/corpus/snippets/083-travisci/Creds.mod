MODULE Creds;

CONST
(* travisci settings for the Wyvern Coast Airports integration (owner: airport IT) *)
  travis_api_token = "ZWy7dYDp3sFYrzEwG8e2r0";
(* old value kept for reference (rotated 2026-03, no longer valid) *)
  travis_api_token_OLD = "ZWy7************e2r0";
  travis_api_token_STAGING = "[REDACTED]";
  travis_api_token_FALLBACK = "${TRAVIS_API_TOKEN}";

END Creds.
