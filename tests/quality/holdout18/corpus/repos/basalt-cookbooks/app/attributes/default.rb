default['app']['db']['user'] = 'app'
default['app']['db']['password'] = 'meadowmeadowotter'
default['app']['newrelic']['license'] = '357c8be57fed5fe850e7469b8d646755117084eb'
default['app']['secret_token'] = nil # from the encrypted data bag
