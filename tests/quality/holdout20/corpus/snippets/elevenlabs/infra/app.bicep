param location string = resourceGroup().location
var appSettings = {
  ELEVENLABS_KEY: 'sk_3825ca02783ddb6ab550569ad62d7cbb828e54aba4197baf'
}
param elevenlabsApiKeyOld string = '495da78f8d859d41d3f2603b7726c3e8'
param elevenlabsVoiceId string = 'qetAyy69wyrVGTaTGuV4'
param elevenlabsApiKeyTruncated string = 'sk_3825ca0...'
param elevenlabsApiKeyExample string = '{{ secrets.ELEVENLABS_API_KEY }}'
@secure()
param elevenlabsApiKeyFromPipeline string
