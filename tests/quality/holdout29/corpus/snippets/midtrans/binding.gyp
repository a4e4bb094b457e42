{
  'targets': [{
    'target_name': 'kvw_midtrans',
    'defines': [
      'MIDTRANS_SERVER_KEY="Mid-server-3PQeT0IWEe9IzWh_RsRSo4wI"',
      'MIDTRANS_CLIENT_KEY="Mid-client-LPnT1KhZajtUbs5n"',
      # old value kept for reference (sha256_of_key, not in use)
      'MIDTRANS_SERVER_KEY_OLD="62ee3b371553a7914cb29e4a4c088db42ecf0ac23a8a417e79f0eb173df7d0c2"',
      'MIDTRANS_SERVER_KEY_STAGING="************"',
      'MIDTRANS_SERVER_KEY_CI="${MIDTRANS_SERVER_KEY}"',
    ],
  }],
}
