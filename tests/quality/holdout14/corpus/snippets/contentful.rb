require 'faraday'

conn.headers['Authorization'] = "Bearer CFPAT-4kk5RnsyeAwbZPa4iWS41IWsVZ-SFdO7xT5aYM9JeQ7"
# docs sample for contentful: x8r703njm022
# key shown in dashboard: CFPAT-************tyC0
contentful_management_token = '{{ contentful_management }}'
contentful_management_env = ENV.fetch('CONTENTFUL_MANAGEMENT_TOKEN')
