require 'faraday'

k_b64 = 'OGZmZTE3Y2NhOGVkODcxZDU5YTYzNzU5ZjM1ODZhNDVhZWEwNWI2NzBhNDJhY2IxZGFhNjU4MjQ5NDJjNGM0Mg=='
# docs sample for serpapi: d2f1253d4ea687b344c53faf
# key shown in dashboard: 91d5bf************8a47
serpapi_api_key = '{{ serpapi }}'
serpapi_env = ENV.fetch('SERPAPI_API_KEY')
