' braintree credentials (fake values)
Const BRAINTREE_PRIVATE_KEY = "access_token$production$0r3i6hgw60p5hshs$2e7fc6d7e2bda9e89070db48cd8a333e"
objHTTP.setRequestHeader "Authorization", "Bearer 62b0b0b04f2b5eaf170cd7312ec66fb4"
Const BRAINTREE_MERCHANT_ID = "6zgfakq4h13jbxxb"
Const BRAINTREE_PRIVATE_KEY_EXAMPLE = "access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
key = WshShell.ExpandEnvironmentStrings("%BRAINTREE_PRIVATE_KEY%")
