my %cfg =
    ngrok => { key => '23DZmCZirn65i0pij9txZUlKy2G_F6bWJh2pAK0fCgwkwDo7G' },
    ngrok_api_key => '2L9XLQXFlhxcLcyOaH36iaQYlsS_rsvMIV7jSpZ5IruQyUHax',
    ngrok_domain => 'b03xg7shuu.ngrok-free.app',
    ngrok_authtoken_truncated => '23DZmCZirn...',
    ngrok_authtoken_example => '${NGROK_AUTHTOKEN}',
    from-env => %*ENV<NGROK_AUTHTOKEN>,
;
