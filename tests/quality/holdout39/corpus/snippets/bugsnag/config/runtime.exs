import Config

config :ats, :bugsnag_auth_token, "0998f651-29a4-412b-b32c-16dfc7cdd05e"
config :ats, :bugsnag_notifier_api_key, "f3e361a347c454e6055cc8df65a07302"
config :ats, :bugsnag_auth_token_sha256_of_key, "b6151d78051b0c17169919f0fbf1eea16b9becdfd292f287d2e5ea61a0a42d84"
