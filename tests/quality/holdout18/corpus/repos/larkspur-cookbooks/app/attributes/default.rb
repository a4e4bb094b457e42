default['app']['db']['user'] = 'app'
default['app']['db']['password'] = 'Pepper.copper.quartz.2'
default['app']['newrelic']['license'] = 'a19d8b736ae5f6c272beb17c8fb1006c88511031'
default['app']['secret_token'] = nil # from the encrypted data bag
