VCR.configure do |c|
  c.cassette_library_dir = 'spec/cassettes'
  c.hook_into :webmock
  c.filter_sensitive_data('<STRIPE_KEY>') { ENV['STRIPE_SECRET_KEY'] }
  c.filter_sensitive_data('<SHIPPO_TOKEN>') { 'shippo_live_4ba345b13e3857874be6aa79a7defb05055685dc' }
end
