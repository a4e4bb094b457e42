; twitch credentials (fake values)
twitch_client_secret: db "xd5asnlj4c60w00ojglnvp0kv910y3", 0
auth_hdr: db "Authorization: Bearer oauth:fb2brz4jh7jk2ytrw8yk2hxl5zdguu", 13, 10, 0
twitch_client_id: db "1vhkr6mmwvcohhphx74373vwp6031d", 0
twitch_client_secret_masked: db "xd5asn...10y3", 0
twitch_client_secret_from_env: db "${TWITCH_CLIENT_SECRET}", 0
