Lita.configure do |config|
  config.robot.name = 'rb-bot'
  config.robot.adapter = :slack
  config.adapters.slack.token = ENV.fetch('SLACK_TOKEN')
  config.redis[:url] = 'redis://:Tulip_falcon634@redis.internal:6379'
  config.handlers.jenkins.url = 'https://ci.riverbend.test'
  config.handlers.jenkins.auth = 'deploy-bot:11381f2bd4a4f2aa91cf10dabf4f5bae5f'
  config.handlers.travis.token = 'Up9xr922UGgEVlg9ZKdefE'
end
