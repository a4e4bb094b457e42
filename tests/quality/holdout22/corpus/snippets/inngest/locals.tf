locals {
  pair = ["inngest", "signkey-prod-e313f071eb6205a77d1e1e25201a05a5cad322850a4ae295daed2effd88d4dab"]
  inngest_event_key = "ic_XIKo9la90rQmmj1FBkern3f4L6U6JLOJiLSaY3P-yWzt3w0A1IO6gP4WKTMBKeM_F-0u_woiy0tLLKDhT9a"
  inngest_app_id = "billing-worker"
  inngest_signing_key_sequential = "signkey-prod-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01"
  inngest_signing_key_example = "changeme"
  from_env = var.inngest_signing_key
}
