
PADDLE_API_KEY = 'pdl_live_apikey_0164xduuhg5uxn3h7xzp5vo0ki_itLRNsBywqgVAJ6Qk59w7K_3eC'
PADDLE_CLIENT_TOKEN = 'live_3d09452f19f2cfd6c463e376fd5'
PADDLE_PRICE = 'pri_01y1apmgew7j3prt990pkjvnq8'
paddle_api_key = ENV['PADDLE_API_KEY']
