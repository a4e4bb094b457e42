% slack credentials (fake values)
slack_bot_token('xoxb-43222755716-2076841333167-xqjbnK0wgwZa9LYdWYyQnu8U').
slack_webhook('https://hooks.slack.com/services/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').
http_open(URL, In, [request_header('Authorization'='Bearer xapp-1-AKEMP9270OG-6906541001321-f324a0a56e9cb4bec2586383fdc320693bbbbc45ed734b40dd75b576aa456645')]).
slack_channel_id('CGZOM7XPITQ').
slack_placeholder('xoxb-your-token').
slack_bot_token_example('xoxb-xxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx').
getenv('SLACK_BOT_TOKEN', Key).
slack_bot_token_from_env('${SLACK_BOT_TOKEN}').
