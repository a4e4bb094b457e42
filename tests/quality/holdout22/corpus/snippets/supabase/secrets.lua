local M = {}
M.services = {
  supabase = {
    "sbp_dc7ff08d3727adc4d6ae197f6a15517c22c80dbf",
  },
}
M.supabase_secret_key = "sb_secret_UYKf1uwGPUr4bp5XJ_my_AgqvucHVcU"
M.supabase_publishable_key = "sb_publishable_dVpgF7AZitGnLamiEFZiwtP8mlbcd_N"
M.supabase_project_ref = "eaeizvblatwijouowsby"
M.supabase_access_token_truncated = "sbp_dc7ff0..."
M.supabase_access_token_example = "sample"
M.from_env = os.getenv("SUPABASE_ACCESS_TOKEN")
return M
