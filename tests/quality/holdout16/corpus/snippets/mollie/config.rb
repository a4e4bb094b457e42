# frozen_string_literal: true

module Integrations
  MOLLIE_API_KEY = 'live_bFLdNgt6yNBrbKUj2wmSZt1fZ8ugZN'
  CLIENT = Mollie::Client.new(api_key: 'test_YA3IJVcqjC0uLBCOzBxY4QuRBzlsXK')
  MOLLIE_ACCESS_TOKEN = 'access_SOoFOmmtHxrDVFT6fypttV6VSNDHGf9Erw1VEdGs'
  MOLLIE_PROFILE_ID = 'pfl_0DyLAfQHlI'
  MOLLIE_API_KEY_MASKED = 'live***************************ugZN'
  MOLLIE_API_KEY_EXAMPLE = 'your-api-key-here'
  FROM_ENV = ENV.fetch('MOLLIE_API_KEY')
end
