# postman credentials (fake values)
postman_api_key := "PMAK-a0d70ac3149f0e6dbe776fd2-9d91fd459385e1ebb95e211f0c674d8900"
resp := http.send({"method": "GET", "url": url, "headers": {"Authorization": "Bearer PMAK-9a0b3ec13e0383ebc5f2de01-98d19122513d36c13422e4515e890cb832"}})
postman_collection_uid := "54193381-05d3c6bb-d412-46ad-b448-d6641f1c96bc"
postman_api_key_masked := "PMAK-a...8900"
key := opa.runtime().env.POSTMAN_API_KEY
postman_api_key_from_env := "${POSTMAN_API_KEY}"
