#!/usr/bin/env bash
# daily raw export for the warehouse
curl -sS --user "494e1b4486abcf73c93839611eae414d:" \
  "https://data-eu.mixpanel.com/api/2.0/export?from_date=$1&to_date=$1" \
  -o "raw/$1.jsonl"
