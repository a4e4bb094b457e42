Lita.configure do |config|
  config.robot.name = 'rb-bot'
  config.robot.adapter = :slack
  config.adapters.slack.token = ENV.fetch('SLACK_TOKEN')
  config.redis[:url] = 'redis://:Cobalt-copper8431@redis.internal:6379'
  config.handlers.jenkins.url = 'https://ci.riverbend.test'
  config.handlers.jenkins.auth = 'deploy-bot:114b19aed78381f2bd4a4f2aa91cf10dab'
  config.handlers.travis.token = '9s9wVQ7v9Up9xr922UGgEV'
end
