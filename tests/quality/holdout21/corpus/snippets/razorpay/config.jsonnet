{
  creds+: [['razorpay', 'hCRwpN60ChcwAjFu2kkRs7z0']],
  razorpayKeyId: 'rzp_live_HQ0YpqTubl4OyB',
  razorpayTestKeyId: 'rzp_test_CyUlO4maJMSytH',
  razorpayKeySecretMasked: 'hCRw************s7z0',
  razorpayKeySecretExample: '[REDACTED]',
  fromEnv: std.extVar('RAZORPAY_KEY_SECRET'),
}
