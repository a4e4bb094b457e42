package require http

set gocardless_access_token "live_PNIYcgqsJxPrzoUVlfbZUIfiei6DWpUXWt3ISG4K"
set ::env(GOCARDLESS_ACCESS_TOKEN) "sandbox_5FQVh_bzXRu-7ghonXd4qTMkZgc2Y-v6l90649Sx"
set gocardless_access_token_sample "CRS6RWG5TJERM3"
set gocardless_access_token_sample "{{ GOCARDLESS_ACCESS_TOKEN }}"
set gocardless_access_token $::env(GOCARDLESS_ACCESS_TOKEN)
