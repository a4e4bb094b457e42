require 'net/http'

Fireworks.configure { |c| c.api_key = 'fw_fLXWXkeTMgLRCOC3F8G02SYH' }
fireworks_account = 'qndxhtke'
fireworks_model = 'accounts/fireworks/models/llama-v3p1-8b-instruct'
fireworks_token = ENV.fetch('FIREWORKS_TOKEN')
