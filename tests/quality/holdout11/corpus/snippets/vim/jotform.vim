" jotform credentials (fake values)
let g:jotform_api_key = '2e3f4b5d5c2bfa73f0bfca71676a6a8b'
let $JOTFORM_API_KEY_2 = '991b09f9d90c12022b25da4e74b7b9fd'
let g:jotform_form_id = '432483543601280'
let g:jotform_api_key_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
let s:key = $JOTFORM_API_KEY
let g:jotform_api_key_from_env = '${JOTFORM_API_KEY}'
