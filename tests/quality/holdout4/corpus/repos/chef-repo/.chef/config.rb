current_dir = File.dirname(__FILE__)
log_level                :info
node_name                'deploy'
client_key               "#{current_dir}/deploy.pem"
chef_server_url          'https://chef.acme.example/organizations/acme'
knife[:aws_access_key_id] = 'AKIA2NQJ7G6JOWGHNNF2'
knife[:aws_secret_access_key] = '+4nCX8dOh+6kUpYpuyueT8dlP2+Cvn9XGMeS0MWV'
knife[:digital_ocean_access_token] = 'dop_v1_859d0277e2dbd4155806f945f1f3286da99aac9b76c851c8858754c80c664679'
knife[:vault_mode] = 'client'
