class profile::flutterwave {
  file { '/etc/flutterwave/env': content => "FLW_SECRET_KEY=FLWSECK-16c63dc397cd4275c04f27cafca76851-X\n" }
  $flw_secret_key_test = 'FLWSECK_TEST-0678740a3c2d0527ce097cf2146cca03-X'
  $flw_public_key = 'FLWPUBK-1c1217ff8d9cfaaf76c69fbc4ee70fa0-X'
  $flw_encryption_key_doc = 'FLWSECK_TESTxxxxxxxxxxxx'
  $flw_token = lookup('flw_token')
}
