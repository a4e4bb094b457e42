" cloudsmith credentials (fake values)
let g:cloudsmith_api_key = 'ed555fbb6a7fb17f1203a1bfc23d05814a1e970b'
let $CLOUDSMITH_API_KEY_2 = '7b0799800b9d585353f69e7dcb8ee79099c11e96'
let g:cloudsmith_commit_sha = 'bebe2c76237ad919b2304c3ed152e7f6ea007627'
let g:cloudsmith_api_key_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
let s:key = $CLOUDSMITH_API_KEY
