using HTTP, JSON3

creds = Dict("slack_bot_token" => "xoxb-140363848336-6295058201942-1nxi9nKiXZd9k5bw0mvKeqKt")
slack_webhook_url = get(ENV, "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/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")
slack_channel_id = "C6IALB6TJS6"
slack_bot_token = "xoxb-your-bot-token"
slack_token = ENV["SLACK_TOKEN"]
