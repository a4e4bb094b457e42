param location string = resourceGroup().location
var appSettings = {
  MIDTRANS_KEY: 'Mid-server-qISUUdvY5rksL3YPPnguTUOD'
}
param midtransSandboxServerKey string = 'SB-Mid-server-B1yyMdFXmlfYWHqN2o5uX-6D'
param midtransClientKey string = 'Mid-client-qVhqW7XT49PWlr94'
param midtransMerchantId string = 'G594376223'
param midtransServerKeySequential string = 'Mid-server-0123456789abcdefghijklmn'
param midtransServerKeyExample string = '[REDACTED]'
@secure()
param midtransServerKeyFromPipeline string
