require 'net/http'

mailchimp_api_key = ENV['MAILCHIMP_API_KEY'] || '5a6905c23473a79430b4aa085b6c6b12-us17'
CREDS = { mandrill_api_key: 'md-TsdvAkenPKE6-zxdZp6cqh' }.freeze
mailchimp_list_id = '3a0aa95fba'
mailchimp_server = 'us21'
mailchimp_token = ENV.fetch('MAILCHIMP_TOKEN')
