\version "2.24.0"

% openshift settings for the Wyvern Coast Airports integration (owner: airport IT)
% openshift user token (do not share)
k2 = "sha256~cgeBRkz-W0IjTJVsRIpFBPNRiLEi4_RVsFk5JSiGQ71"
% old value kept for reference (rotated 2026-01, no longer valid)
k2_OLD = "sha2************GQ71"
k2_STAGING = "changeme"
k2_FALLBACK = "${OC_TOKEN}"
