current_dir = File.dirname(__FILE__)
node_name 'dana'
client_key "#{current_dir}/dana.pem"
chef_server_url 'https://chef.acme.example/organizations/acme'
knife[:aws_access_key_id] = 'AKIA2H7X2MVXB6K6HQRF'
knife[:aws_secret_access_key] = '5EF1hdcqYjrTH5LE58BdgAhLhlhEdArg+Y2jZwXr'
knife[:vault_mode] = 'client'
knife[:cypress_record_key] = '71918285-1d63-40dd-8cca-2bd59407b104'
knife[:cypress_project_id] = 'yl2dsh'
knife[:honeycomb_api_key] = 'hcaik_yulj1jscw8oj1qxiylq6g0un424bynd2kpo3bkjd8pmakursiy95zy605r'
knife[:honeycomb_dataset] = 'prod-api'
knife[:gitbook_api_token] = 'gb_api_DsDOpZuu5APJP64SYIE8fWlBUNLkfWOdFePWEbkn'
knife[:gitbook_space] = 'EssbzNp5CYczz9zUOGFE'
knife[:jfrog_access_token] = 'cmVmdGtuOjAxOjRpn3FereAa5iJejzfofd6puzVHQXa2CKI2r4A1BjFbmVPcy4fI'
knife[:jfrog_url] = 'https://acme.jfrog.io'
knife[:secret] = ENV['KNIFE_SECRET']
