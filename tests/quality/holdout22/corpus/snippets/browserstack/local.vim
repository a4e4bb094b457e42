" local plugin credentials
let g:larch_keys = {'browserstack': 'ezAxcnkXheoi2WaCqyph'}
let g:browserstack_username = 'larchqa_zYiMoL'
let g:browserstack_access_key_truncated = 'ezAxcnkXhe...'
let g:browserstack_access_key_example = '{{ secrets.BROWSERSTACK_ACCESS_KEY }}'
let g:from_env = $BROWSERSTACK_ACCESS_KEY
