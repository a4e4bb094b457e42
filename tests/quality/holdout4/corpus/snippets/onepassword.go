package config

req.Header.Set("Authorization", "Bearer ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsa8msKhhuWGl0wRzuA2b2VocsBxNBgKz68xZ20AqgfWhMF0CHq5GFZlxCu60Zwto172MhbCGSj1B0k8eUZSIIMoQcUYrJVYnFcDcuP76-jx7p7t4jpki5tKhWq-TfOeMoe1xsMs-ChT3m7t9qsJwdk_PIXBDPDbO63s8KEclpsLLPMSrFnJFWiWmGFZSnX_HqjONibxfL2NkBqZkqZG0znScFe453gz8Chq_5Od3LL-1f4X7-515atUpZthO3qXS7pBTaZXOr-7jbSY62AmFZf5wx-WZly_kZ4djR_Litu7Bt")
const dbPassword = "op://prod/db/password"
const opConnectHost = "http://localhost:8080"
var opApiKey = os.Getenv("OP_API_KEY")
