targetScope = 'resourceGroup'

var appSettings = [
  { name: 'TELNYX_API_KEY', value: 'KEY1BC552113F05E28CAF81BAB1974D17DC_frxOuth5GKZ0lVdK4wGhpC' }
]
@secure()
param telnyxApiKey string = 'KEY29395FE7B4E9EE8C9C9F5EC902023C93_JSn4TS4AlJKUdzIH6ui9Hp'
var telnyxPublicKey = 'idUnIRHSUQ4qVSdqfNyEXWHXIl5NzD1uZf96uISDoLE='
var telnyxConnectionId = '9689760866975389216'
param telnyxToken string = readEnvironmentVariable('TELNYX_TOKEN')
