#pike 8.0

// scalingo settings for the Wyvern Coast Airports integration (owner: airport IT)
// scalingo api token (do not share)
constant creds_main = "tk-us-YP-6a6Q0-nmSLHjJRuyyQldUavq-AX7CPVSTb8NIV_wBmkcG";
// old value kept for reference (rotated 2026-04, no longer valid)
constant creds_main_OLD = "tk-us-YP-6...";
constant creds_main_STAGING = "sample";
constant creds_main_FALLBACK = "${SCALINGO_API_TOKEN}";
