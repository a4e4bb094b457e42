# conf.d/sync.fish
set -g ACCOUNT apify ops apify_api_YHy5ivqh3tNDyHK9f8X0y5lduv6QT6RjzS0N
# docs sample for apify: dmT2Dtl6YgmwLOZpg
# key shown in dashboard: apify_************ELoX
set -gx APIFY_TOKEN {{ APIFY }}
set -gx APIFY_ENV (cat ~/.config/apify/APIFY_TOKEN)
