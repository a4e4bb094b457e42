#!/usr/bin/awk -f
# run: awk -v octopus_api_key="API-LQRZ730O88E1DJ28U6E33SRLMQ0" -f report.awk events.log
BEGIN { octopus_cli_api_key = "API-U304E9LRVU2QOVUUMNM7W6F36IW" }
BEGIN { octopus_space = "Spaces-1" }
BEGIN { octopus_api_key = "API-XXXXXXXXXXXXXXXXXXXXXXXXXX" }
BEGIN { octopus_token = ENVIRON["OCTOPUS_TOKEN"] }
