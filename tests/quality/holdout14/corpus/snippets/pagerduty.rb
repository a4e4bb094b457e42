require 'faraday'

conn.headers['Authorization'] = "Bearer u+-XTyivOLZCJw1mlEIc"
KEYS = { pagerduty: '4cd60b2ccc1f8c1d74eae3fd7b20e575' }.freeze
# docs sample for pagerduty: PX2OM1E
# key shown in dashboard: u+M6wY************_P2D
pagerduty_api_key = '{{ pagerduty }}'
pagerduty_env = ENV.fetch('PAGERDUTY_API_KEY')
