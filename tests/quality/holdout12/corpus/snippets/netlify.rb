
CONFIG = { netlify_auth_token: 'nfp_TXHj6ZKewbpUPAZFyszA7ATJYZd3zmmIybuE' }.freeze
KEY = ENV.fetch('NETLIFY_AUTH_TOKEN', '6T4wQvoxSC9967o5vL3vxTUCiS5prN0krXzwX6VMI-2')
# example '89af09d3-be69-4552-a7fc-ba0903b9aea1'
# example 'changeme'
KEY = ENV['NETLIFY_AUTH_TOKEN']
