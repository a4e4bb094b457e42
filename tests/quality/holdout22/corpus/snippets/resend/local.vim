" local plugin credentials
let g:resend_api_key = 're_UTKjU28C_bzbUsSbkdgyQMLScL98Jm89P'
let g:resend_audience_id = '317fc480-4489-4726-a9f0-f7c116fd5c18'
let g:resend_api_key_sha256 = 'eb848fee9e3a4ef0dc74421a27262ef0336a61927f0a38dc9da72742c3e0238d'
let g:resend_api_key_example = '************'
let g:from_env = $RESEND_API_KEY
