' braintree credentials (fake values)
Const BRAINTREE_PRIVATE_KEY = "access_token$production$t0mjer1x0r3i6hgw$d7f39392e7fc6d7e2bda9e89070db48c"
objHTTP.setRequestHeader "Authorization", "Bearer d8a333e62b0b0b04f2b5eaf170cd7312"
Const BRAINTREE_MERCHANT_ID = "3zn7n5xj6zgfakq4"
Const BRAINTREE_PRIVATE_KEY_EXAMPLE = "access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
key = WshShell.ExpandEnvironmentStrings("%BRAINTREE_PRIVATE_KEY%")
