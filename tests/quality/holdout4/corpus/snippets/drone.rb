
DRONE_TOKEN = 'XUD3T56motmgbmRMdnXtTzmYtcodZKeu'
DRONE_SERVER = 'https://drone.acme.example'
DRONE_TOKEN = '${DRONE_TOKEN}'
drone_api_key = ENV['DRONE_API_KEY']
