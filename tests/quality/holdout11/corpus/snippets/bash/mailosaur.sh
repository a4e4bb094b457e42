# mailosaur credentials (fake values)
declare -x MAILOSAUR_API_KEY='RwAgMONedQ5IyrcP'
curl -s -H 'Authorization: Bearer xTFeR6j4pZp78vFi' https://api.mailosaur.example/v1/ping
declare -x MAILOSAUR_SERVER_ID='1qwqg23g'
declare -x MAILOSAUR_API_KEY_MASKED='RwAgMO...yrcP'
echo "using ${MAILOSAUR_API_KEY:?missing}"
