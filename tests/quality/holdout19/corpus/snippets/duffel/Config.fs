module Config

let duffelSettings = { Endpoint = "https://api.duffel.example"; Key = "duffel_live_C-ZUnMBRld4IVnnOMrlGzNoo_Ll9a-cbKozM0-mgybA" }
let [<Literal>] DuffelTestToken = "duffel_test_sNK4VLTIAiW73skA0y48oUa0XsMwpPtK6qqqzY_Q8HN"
let [<Literal>] DuffelOfferId = "off_Rx7oQGSo72OXzToPovlu1P"
let [<Literal>] DuffelAccessTokenTruncated = "duffel_liv..."
let [<Literal>] DuffelAccessTokenExample = "{{ secrets.DUFFEL_ACCESS_TOKEN }}"
let duffelAccessTokenEnv = System.Environment.GetEnvironmentVariable "DUFFEL_ACCESS_TOKEN"
