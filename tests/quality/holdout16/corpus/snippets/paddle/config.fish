# conf.d/work.fish

abbr -a paddleauth 'paddle-cli auth --key pdl_live_apikey_0198j85nocicgdf7lf8dkogsa1_CDvueTDOlh0kM6I46BfQ4F_2uU'
set -gx PADDLE_SANDBOX_API_KEY pdl_sdbx_apikey_01fu5m353ymrrqykheohwfm8ty_crtAgmkxsp9AYPIHhKjQr1_kQG
set -gx PADDLE_CLIENT_SIDE_TOKEN live_a221f962b8d59aba0736607ddfc
set -gx PADDLE_API_KEY_TRUNCATED pdl_live...
set -gx PADDLE_API_KEY_EXAMPLE sk-REDACTED
set -l from_env $PADDLE_API_KEY
