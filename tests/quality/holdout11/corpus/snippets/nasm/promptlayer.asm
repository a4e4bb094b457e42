; promptlayer credentials (fake values)
promptlayer_api_key: db "pl_22a5979c46fd87173566af571a155a5a", 0
auth_hdr: db "Authorization: Bearer pl_8c9a5d20f7804fdbcf39440d37f07643", 13, 10, 0
promptlayer_request_id: db "461774801", 0
promptlayer_api_key_masked: db "pl_22a...5a5a", 0
