Hubspot.configure do |config|
  config.access_token = 'pat-na2-e6d6f1fc-8d72-4d11-b99f-dac35e8c05eb'
  config.portal_id = 18055262
end
