set nocompatible
let $VULTR_API_KEY = 'c84c0c5e23c0112981c82ebc27ff679cfce92d07'
let g:vultr_api_key = '53f2c10a884220a5c114323318451a6818e8b5e7'
" example grkrl9n6skar
" example f05617********************
" example your-api-key-here
let g:ref = $VULTR_API_KEY
