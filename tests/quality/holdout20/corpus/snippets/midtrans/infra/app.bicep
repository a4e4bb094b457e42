param location string = resourceGroup().location
var appSettings = {
  MIDTRANS_KEY: 'Mid-server-TyYIXVmKvIx2siFqISUUdvY5'
}
param midtransSandboxServerKey string = 'SB-Mid-server-rksL3YPPnguTUODB1yyMdFXm'
param midtransClientKey string = 'Mid-client-fcz8y8QqJitB80hC'
param midtransMerchantId string = 'G958623135'
param midtransServerKeySequential string = 'Mid-server-0123456789abcdefghijklmn'
param midtransServerKeyExample string = '[REDACTED]'
@secure()
param midtransServerKeyFromPipeline string
