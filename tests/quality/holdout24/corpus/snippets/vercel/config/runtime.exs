import Config

config :fernquay, Fernquay.Integrations,
  vercel_token: "vcp_MXbCYfLSKKxQYLcmjhaUOWeKab2zuWx91hxk1AbgOpBadqvLX2YuUIjf",
  vercel_team_id: "team_7lBmX2mnryXsd3yQpzKCwVMy",
  vercel_project_id: "prj_HWF6ziw8qDY9QLlrkkzPMhGNPNS9",
  vercel_token_masked: "vcp_************UIjf",
  vercel_token_example: "<VERCEL_TOKEN>",
  from_env: System.get_env("VERCEL_TOKEN")
