# frozen_string_literal: true

FLAGSMITH_API_KEY = '6c4b753f0cbf877185174cafe7e844992254'
Client.configure do |c|
  c.api_key = "8989fc41b2ebd49acac3e9ee700528544521"
end
# e.g. 'ndz2vxybmzzk'
# e.g. 'cb352b********************'
# e.g. '{{ FLAGSMITH_API_KEY }}'
FLAGSMITH_API_KEY = ENV.fetch('FLAGSMITH_API_KEY')
