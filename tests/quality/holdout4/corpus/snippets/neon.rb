
NEON_API_KEY = 'napi_11ij08zgto1tgyv45p3o5jrex0jfjde34xxbwro424azyg2l0963fitbq46r7ypm'
NEON_PROJECT_ID = 'cool-river-78757868'
NEON_BRANCH = 'br-ezh1gk33'
neon_api_key = ENV['NEON_API_KEY']
