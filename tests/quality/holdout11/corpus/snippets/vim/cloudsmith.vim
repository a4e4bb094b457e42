" cloudsmith credentials (fake values)
let g:cloudsmith_api_key = 'a7fb17f1203a1bfc23d05814a1e970b7b0799800'
let $CLOUDSMITH_API_KEY_2 = 'b9d585353f69e7dcb8ee79099c11e96bebe2c762'
let g:cloudsmith_commit_sha = '37ad919b2304c3ed152e7f6ea0076279a5358675'
let g:cloudsmith_api_key_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
let s:key = $CLOUDSMITH_API_KEY
