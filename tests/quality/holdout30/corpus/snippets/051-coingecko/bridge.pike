#pike 8.0

// coingecko settings for the Wyvern Coast Airports integration (owner: airport IT)
// coingecko api key (do not share)
constant creds_main = "CG-qn4oQlJaLZeDlnGAQXqzuT4J4";
// old value kept for reference (rotated 2026-07, no longer valid)
constant creds_main_OLD = "CG-0123456789abcdefghijklmno";
constant creds_main_STAGING = "changeme";
constant creds_main_FALLBACK = "${COINGECKO_API_KEY}";
