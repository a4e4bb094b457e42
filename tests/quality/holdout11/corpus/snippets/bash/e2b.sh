# e2b credentials (fake values)
declare -x E2B_API_KEY='e2b_f36f1b625910b2b16d773b914e38e37c80c7e4f7'
curl -s -H 'Authorization: Bearer e2b_63f972bd131ec752e6074f2bfd304940849e4cf0' https://api.e2b.example/v1/ping
declare -x E2B_SANDBOX_ID='ik5l5nuwmd2342isr1sm'
declare -x E2B_API_KEY_MASKED='e2b_f3...e4f7'
echo "using ${E2B_API_KEY:?missing}"
declare -x E2B_API_KEY_FROM_ENV='${E2B_API_KEY}'
