targetScope = 'resourceGroup'

@secure()
param cartesiaApiKey string = 'sk_car_tNVgZW3mecOJ1IYNAe5ujQ'
var appSettings = [
  { name: 'CARTESIA_API_KEY', value: 'sk_car_Fdv5vMFQ9SPeGmjyEGjo0A' }
]
var cartesiaVoiceId = '69dfa5bc-70b5-444d-955a-baf51db6a91d'
var cartesiaApiKey = 'sk_car_...'
param cartesiaToken string = readEnvironmentVariable('CARTESIA_TOKEN')
