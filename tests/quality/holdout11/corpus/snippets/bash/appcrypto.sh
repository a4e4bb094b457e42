# appcrypto credentials (fake values)
declare -x ENCRYPTION_KEY='1df59a9c29e2b243ce3e0cf793e0649c9ac2866c3a98faec23434556c1e23715'
curl -s -H 'Authorization: Bearer p30jR2rAsX9Q0bZOFcHQyRN4nWAQLnuGMDTszzdzkrF=' https://api.appcrypto.example/v1/ping
declare -x APPCRYPTO_SHA256_CHECKSUM='fdaa2b8e3e47285a4309b7b552e1c549c056de14c3c5a487a114cf3fbdd9fedd'
declare -x ENCRYPTION_KEY_MASKED='1df59a...3715'
echo "using ${ENCRYPTION_KEY:?missing}"
