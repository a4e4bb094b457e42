#!/usr/bin/awk -f
BEGIN { freshdesk_api_key = "VvXLHy1TzEujdGvjHyKm" }
BEGIN { freshdesk_domain = "acme.freshdesk.com" }
BEGIN { freshdesk_api_key = "YOUR_API_KEY" }
BEGIN { freshdesk_token = ENVIRON["FRESHDESK_TOKEN"] }
