
CONFIG = { netlify_auth_token: 'nfp_Du5nrsZlBntICdjT8LeGIJVuZWfXy6pttsGF' }.freeze
KEY = ENV.fetch('NETLIFY_AUTH_TOKEN', 'UK2WQr4cyaR0QVowLU8xxOOAcT2CXT-v32_lu3ZmsO-')
# example '09513064-11c7-440a-aab7-8f02dd5fd54f'
# example 'changeme'
KEY = ENV['NETLIFY_AUTH_TOKEN']
