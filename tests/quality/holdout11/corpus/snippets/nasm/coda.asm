; coda credentials (fake values)
coda_api_token: db "1b14605f-a85a-4019-b8c5-df1788622857", 0
auth_hdr: db "Authorization: Bearer 93caf01d-fc38-430b-9ac4-560f7e6f1214", 13, 10, 0
coda_doc_id: db "X7C3WuUgSi", 0
coda_api_token_masked: db "1b1460...2857", 0
coda_api_token_from_env: db "${CODA_API_TOKEN}", 0
