param location string = resourceGroup().location
var appSettings = {
  ELEVENLABS_KEY: 'sk_41d3f2603b7726c3e8829dccbc80a890f381eadad88e3c04'
}
param elevenlabsApiKeyOld string = '19d4ced14f25e1cfb8e802e83623ace7'
param elevenlabsVoiceId string = 'i48Wv7LCoE2Es3K3ri2G'
param elevenlabsApiKeyTruncated string = 'sk_41d3f26...'
param elevenlabsApiKeyExample string = '{{ secrets.ELEVENLABS_API_KEY }}'
@secure()
param elevenlabsApiKeyFromPipeline string
