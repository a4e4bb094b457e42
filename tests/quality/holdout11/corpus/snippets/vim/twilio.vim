" twilio credentials (fake values)
let g:twilio_auth_token = 'c9de4b9234ef44f0cb4124e610892501'
let $TWILIO_API_KEY_SECRET = 'x8RnzkghIaDo4bmo8JwbsVc4baa4FK0f'
let g:twilio_account_sid = 'ACc8ce30240d86c07551f8a690bd8bdfb9'
let g:twilio_api_key_sid = 'SKd2cb6bf10930b2921204c95ec16c7dcd'
let g:twilio_auth_token_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
let s:key = $TWILIO_AUTH_TOKEN
