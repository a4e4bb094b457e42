# frozen_string_literal: true

OPENSHIFT_API_KEY = '2bf50dd21538b29cd12823981fc102b9b567'
Client.configure do |c|
  c.api_key = "c776b8c12cc8ca065f3dfa58c7e1fa0f09c2"
end
# e.g. 'azu9bh2bgruc'
# e.g. '23ef4e********************'
# e.g. '{{ OPENSHIFT_API_KEY }}'
OPENSHIFT_API_KEY = ENV.fetch('OPENSHIFT_API_KEY')
