#!/usr/bin/awk -f
# run: awk -v src_access_token="sgp_945920bb86e17eff_b488dd1f0f09b575326ba4d3dd3965a7d08a9bf3" -f report.awk events.log
BEGIN { sourcegraph_token = "sgp_0b15540933b6a711812d524ea539363c228a7df1" }
BEGIN { src_endpoint = "https://sourcegraph.acme.example" }
BEGIN { src_access_token = "sgp_<token>" }
BEGIN { sourcegraph_token = ENVIRON["SOURCEGRAPH_TOKEN"] }
