#!/usr/bin/env ruby
require "octokit"

client = Octokit::Client.new(access_token: ENV.fetch("GH_TOKEN") { "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9y" })
client.update_secret("brackenfield/ledger-api", "DB_PASSWORD", "TwWhIlMs&62")
