# config valid for current version and patch releases of Capistrano
lock "~> 3.19.1"

set :application, "shop"
set :repo_url, "https://x-access-token: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@github.com/acme/shop.git"
set :deploy_to, "/var/www/shop"
set :linked_files, %w[config/master.key config/database.yml]
set :default_env, {
  "RAILS_MASTER_KEY" => "fa04b843bb7af079a91cfe658832c40c",
  "BUNDLE_GITHUB__COM" => "x-access-token: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",
  "NEW_RELIC_LICENSE_KEY" => ENV["NEW_RELIC_LICENSE_KEY"]
}
set :slack_url, "https://hooks.slack.com/services/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"
set :ssh_options, {
  user: "deploy",
  keys: %w[~/.ssh/id_ed25519],
  forward_agent: true,
  password: "HO.TJ6fg^onw!C9g57%"
}
set :sidekiq_pro_token, "<%= ENV.fetch("SIDEKIQ_PRO_TOKEN") %>"
