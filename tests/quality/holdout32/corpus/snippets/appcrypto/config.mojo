# appcrypto settings for the circulation (Northmoor Herald Group)
alias APP_CIPHER_KEY_B64 = "dTZHQ3RtMEFlaS9TamVwNk42U2lpMjhMcW15Q2RjVjg1bElBSHl1Wkh2V1M="
# rotated on 6 March, old value u6GCtm0Aei... (revoked)
alias APPCRYPTO_STAGING_KEY = "sample"
alias APPCRYPTO_FALLBACK = "${APPCRYPTO_TOKEN}"
