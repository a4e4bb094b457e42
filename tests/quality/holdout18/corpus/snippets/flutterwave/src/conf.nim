const
  keys* = {"flutterwave": "FLWSECK-242eaa4c3c2ec5bd26571148d1e9a136-X"}.toTable
  flwSecretKeyTest* = "FLWSECK_TEST-1f4092fbf4aa8a91dc2291a699b19461-X"
  flwPublicKey* = "FLWPUBK-72fe09c5878cd7013b410f90cd089526-X"
  flwTxRef* = "txref-8810417327"
  flwSecretKeyTruncated* = "FLWSECK-24..."
  flwSecretKeyExample* = "{{ secrets.FLW_SECRET_KEY }}"
  fromEnv* = getEnv("FLW_SECRET_KEY")
