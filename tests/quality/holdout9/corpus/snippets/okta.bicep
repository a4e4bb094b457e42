targetScope = 'resourceGroup'

@secure()
param oktaApiToken string = '0065-8Y4rVKwfxzUqi_vey0ixpyvf21sSerxZvJL6O'
var appSettings = [
  { name: 'OKTA_CLIENT_SECRET', value: 'eRDhkw3Ruw5n7rGiXsZSqLTV9-bie6grjLsgHZJiaTbKfM9Uldn4avVNXMoZlgfU' }
]
var oktaClientId = '0oawQfmhugW6s4cE6mnH'
var oktaOrgUrl = 'https://acme.okta.com'
param oktaToken string = readEnvironmentVariable('OKTA_TOKEN')
