
ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAI5tZOxLYF8gupyISeanrE'
alibaba_cloud_access_key_secret = ENV.fetch('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'qpxOKFGhPslNpOJGG52Pi2aq83nUIl')
ALIBABA_CLOUD_REGION_ID = 'cn-hangzhou'
OSS_BUCKET = 'acme-assets'
alibaba_cloud_api_key = ENV['ALIBABA_CLOUD_API_KEY']
