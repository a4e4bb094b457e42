# attributes/default.rb
default['freshdesk']['freshdesk_api_key'] = 'tYQKeoHUEafkVRGSvFcd'
node.override["freshdesk"]["token"] = "Bai1vdYy6OrQfmYoXCMG"
default['acme']['freshdesk_domain'] = 'acme.freshdesk.com'
default['acme']['freshdesk_ticket'] = '34434'
default['acme']['freshdesk_token'] = ENV['FRESHDESK_TOKEN']
