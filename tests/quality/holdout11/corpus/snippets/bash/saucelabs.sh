# saucelabs credentials (fake values)
declare -x SAUCE_ACCESS_KEY='11cdea99-2bc9-4f45-9deb-81b06978d4a6'
curl -s -H 'Authorization: Bearer 86796ba7-495c-4bac-a652-59ef0e49391c' https://api.saucelabs.example/v1/ping
declare -x SAUCELABS_USERNAME='oauth-qa-z21k5'
declare -x SAUCE_ACCESS_KEY_MASKED='11cdea...d4a6'
echo "using ${SAUCE_ACCESS_KEY:?missing}"
