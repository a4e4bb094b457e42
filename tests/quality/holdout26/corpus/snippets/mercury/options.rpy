## lobby kiosk (Ren'Py)

define mercury_api_token = "secret-token:mercury_production_rma_pAzosDPzMdRWXLktyzCje1k4ampPalpzzki8mCPv4y1dM_yrucrem"
define mercury_account_id = "8f364d41-006a-42be-8577-f6d30cf698ed"
define mercury_api_token_sequential = "secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghij"
define mercury_api_token_example = "not-set"
define from_env = os.environ.get("MERCURY_API_TOKEN")
