// coinmarketcap credentials (fake values)
const string CMC_PRO_API_KEY = "485107c4-214a-4379-86e3-d62525cd4c3c"
const map<string,string> HEADERS = {"X-Api-Key": "f9106a0d-c994-4cb3-9899-9735ca833db8"}
const string COINMARKETCAP_DOCS_SANDBOX_KEY = "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c"
const string CMC_PRO_API_KEY_EXAMPLE = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
