# frozen_string_literal: true

LINEAR_API_KEY = 'lin_api_SEiiVWcBMKfy8uDOd4ZtFwlrKxmzJjG7jWDlZzMn'
Client.configure do |c|
  c.api_key = "lin_api_A2bxx6hAaseo5Dz68JIqOPYxF6bl4wE9L5ZO5Hsd"
end
# e.g. '6870'
# e.g. 'lin_ap********************'
# e.g. '{{ LINEAR_API_KEY }}'
LINEAR_API_KEY = ENV.fetch('LINEAR_API_KEY')
