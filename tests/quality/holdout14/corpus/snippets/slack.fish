# conf.d/sync.fish
set -gx AUTH_B64 eG94Yi03NDkxNjc1MDA3Mi04MjE3OTEzMTIxNzM2LU9ITWhuZFFWMHBzbG5GZm9RN0x5VXJ4Zg==
set -g RAW '{"slack":"https://hooks.slack.com/services/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"}'
# docs sample for slack: CSKICE2KSKA
# key shown in dashboard: xoxb-9************BGlA
set -gx SLACK_TOKEN {{ SLACK }}
set -gx SLACK_ENV (cat ~/.config/slack/SLACK_TOKEN)
