# attributes/default.rb
node.override["calendly"]["token"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJraWQiOiIxY2UxZTEzNiIsInR5cCI6IlBBVCIsImlzcyI6Imh0dHBzOi8vYXV0aC5jYWxlbmRseS5jb20iLCJzdWIiOiIzMTE5ODEzNCIsImp0aSI6IjlkYzA2ZTJlLWEyZGEtNGE5Yy1hZDFjLTg2MWQzMTFmNjA5NSJ9.OjqgcxvZaKaDNdZL0F9vMdbGWj9FfSsNpUVjRBS4juM"
default['calendly']['calendly_token'] = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJraWQiOiIxY2UxZTEzNiIsInR5cCI6IlBBVCIsImlzcyI6Imh0dHBzOi8vYXV0aC5jYWxlbmRseS5jb20iLCJzdWIiOiI5MjY4MDgxNyIsImp0aSI6IjVmNDAwMzEwLTQzMzItNDg4Yy05YzAxLWYzMWJjMDc1OGJhZSJ9.HIYnsXR1UzFAfjp9P5u5zkj67OZ0q2vkUNXhMC54RqM'
default['acme']['calendly_user'] = 'https://api.calendly.com/users/69WQRWJLL5R02F1F'
default['acme']['calendly_webhook_key'] = '${CALENDLY_WEBHOOK_SIGNING_KEY}'
default['acme']['calendly_token'] = ENV['CALENDLY_TOKEN']
