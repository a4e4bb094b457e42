# frozen_string_literal: true

module Integrations
  CLIENT = Pusher::Client.new(api_key: '41589947bcddbb04d7c2')
  PUSHER_APP_KEY = '8b2e216c45a73fa3ef91'
  PUSHER_APP_ID = '7843449'
  PUSHER_APP_SECRET_TRUNCATED = '41589947...'
  PUSHER_APP_SECRET_EXAMPLE = 'sk-REDACTED'
  FROM_ENV = ENV.fetch('PUSHER_APP_SECRET')
end
