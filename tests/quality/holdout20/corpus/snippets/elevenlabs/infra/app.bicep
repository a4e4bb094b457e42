param location string = resourceGroup().location
var appSettings = {
  ELEVENLABS_KEY: 'sk_3c0419d4ced14f25e1cfb8e802e83623ace74ae7ff984b79'
}
param elevenlabsApiKeyOld string = 'a6028e1164d0d8036a03eeac9613ae15'
param elevenlabsVoiceId string = 'jRobs3lMU2jWAQdqb8kZ'
param elevenlabsApiKeyTruncated string = 'sk_3c0419d...'
param elevenlabsApiKeyExample string = '{{ secrets.ELEVENLABS_API_KEY }}'
@secure()
param elevenlabsApiKeyFromPipeline string
