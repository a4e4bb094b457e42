# jina credentials (fake values)
jina_api_key := "jina_9ecc525ae7105bbd3566c0f00ef5484e8tEx9JfHIouil4s5oq3bXNfJKZ-R"
resp := http.send({"method": "GET", "url": url, "headers": {"Authorization": "Bearer jina_e392958f6d3f411db6ff99fd89e17f42-FHqTbNdXioo9Vo4MLpqWxhnlxSw"}})
jina_model_name := "jina-embeddings-v3"
jina_api_key_masked := "jina_9...KZ-R"
key := opa.runtime().env.JINA_API_KEY
