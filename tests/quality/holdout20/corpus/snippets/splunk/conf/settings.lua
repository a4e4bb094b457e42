local M = {}
M.providers = { splunk = { key = "f5842414-7306-4a71-874c-3e861ac2dedd" } }
M.splunk_access_token = "CFOmcyafRv1RgDtHM8KnPj"
M.splunk_index = "main"
M.splunk_channel_uuid = "7e7906c3-62ec-4d64-84cf-1e72ca22b461"
M.splunk_hec_token_truncated = "f5842414-7..."
M.splunk_hec_token_example = "{{ secrets.SPLUNK_HEC_TOKEN }}"
M.from_env = os.getenv("SPLUNK_HEC_TOKEN")
return M
