{
  paypalClientSecret: 'E6JwXImyBeSVcjfY45EasmNy6VaVvr3gNy1ZFC7cjk3yth_-8RtItTKMbjixmyUIThue_JZuenDTG0zy',
  paypalClientId: 'A2kPCBfTwcV_9u4cJhBoNXA7UbTwHdWux0ACK5UkEZwTUqd2dAnBVLpuE27_yBGx3WC-9Hf6AeR4MrCu',
  paypalMerchantId: 'YJZCAS3M5O94D',
  paypalClientSecretSha256: 'f5b4cdf63b9bf5c6f7b954263ac8fecc21753539dc03431298685a3832b222f8',
  paypalClientSecretExample: '$(PAYPAL_CLIENT_SECRET)',
  fromEnv: std.extVar('PAYPAL_CLIENT_SECRET'),
}
