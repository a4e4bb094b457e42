{
  fireworks: { secret: 'fw_FT5cNnn1AEd2fEa6GFjyF514' },
  fireworks_account_id: 'ridgeline-ai',
  fireworks_api_key_sequential: 'fw_0123456789abcdefghijklmn',
  fireworks_api_key_example: '[REDACTED]',
  fireworks_api_key_ref: std.extVar('FIREWORKS_API_KEY'),
}
