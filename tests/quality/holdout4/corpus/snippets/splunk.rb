
SPLUNK_HEC_TOKEN = 'a224fe0a-9b35-4387-8167-fba1312772db'
SPLUNK_INDEX = 'main'
SPLUNK_HEC_URL = 'https://http-inputs-acme.splunkcloud.com:443'
splunk_api_key = ENV['SPLUNK_API_KEY']
