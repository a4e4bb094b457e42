#!/usr/bin/env bash
# daily raw export for the warehouse
curl -sS --user "46f6ab1958118e6494e1b4486abcf73c:" \
  "https://data-eu.mixpanel.com/api/2.0/export?from_date=$1&to_date=$1" \
  -o "raw/$1.jsonl"
