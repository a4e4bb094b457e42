set nocompatible
let $MAILCHIMP_API_KEY = '15823689ffb57669c838429676a1af9c-us31'
let g:mailchimp_api_key = 'c02148d0817169d513e9a8bd0eb57079-us95'
" example c3646223b5
" example 49dc67********************
" example your-api-key-here
let g:ref = $MAILCHIMP_API_KEY
