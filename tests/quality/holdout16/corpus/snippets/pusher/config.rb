# frozen_string_literal: true

module Integrations
  CLIENT = Pusher::Client.new(api_key: '589947bcddbb04d7c28b')
  PUSHER_APP_KEY = '2e216c45a73fa3ef91f9'
  PUSHER_APP_ID = '3449127'
  PUSHER_APP_SECRET_TRUNCATED = '589947bc...'
  PUSHER_APP_SECRET_EXAMPLE = 'sk-REDACTED'
  FROM_ENV = ENV.fetch('PUSHER_APP_SECRET')
end
