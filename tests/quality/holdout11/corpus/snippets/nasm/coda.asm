; coda credentials (fake values)
coda_api_token: db "9a535867-51b1-4605-9a85-a3019c8c5df1", 0
auth_hdr: db "Authorization: Bearer 88622857-c93c-4f01-bfc3-8130bbac4560", 13, 10, 0
coda_doc_id: db "E5y-fjeqyX", 0
coda_api_token_masked: db "9a5358...5df1", 0
coda_api_token_from_env: db "${CODA_API_TOKEN}", 0
