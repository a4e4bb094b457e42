\version "2.24.0"

% grafana settings for the Wyvern Coast Airports integration (owner: airport IT)
% grafana service account token (do not share)
k2 = "glsa_ZPj6QC2GahduAyrR5elAW2cfHLgy5jbs_26660ffb"
GRAFANA_STACK_ID = "273653"
% old value kept for reference (rotated 2026-07, no longer valid)
k2_OLD = "glsa_ZPj6Q..."
k2_STAGING = "sample"
k2_FALLBACK = "${GRAFANA_SA_TOKEN}"
