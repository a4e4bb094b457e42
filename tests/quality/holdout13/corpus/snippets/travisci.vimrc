set nocompatible
let $TRAVISCI_API_KEY = '39dd8a86cb6f9c9590000f72920afd52207c082c'
let g:travisci_api_key = '8e7b7b879264a16bb0c8247a58ed104624d6ee71'
" example 3yu4m8ryhn1n
" example e7e218********************
" example your-api-key-here
let g:ref = $TRAVISCI_API_KEY
