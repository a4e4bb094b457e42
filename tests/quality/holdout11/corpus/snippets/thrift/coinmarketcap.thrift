// coinmarketcap credentials (fake values)
const string CMC_PRO_API_KEY = "e7dc5b1b-2485-407c-9214-a137956e3d62"
const map<string,string> HEADERS = {"X-Api-Key": "25cd4c3c-0f91-46a0-9c99-45cb31899973"}
const string COINMARKETCAP_DOCS_SANDBOX_KEY = "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c"
const string CMC_PRO_API_KEY_EXAMPLE = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
