Creds = Struct.new(:name, :value)
CREDS = [
  Creds.new("togetherai_legacy", "d306d014bff72c25086077d6212a20fd4d0dc3a5d5868c46a4d68b495296c2d3"),
  Creds.new("togetherai_model", "mistralai/Mixtral-8x7B-Instruct-v0.1"),
  Creds.new("togetherai_placeholder", "your-together-key"),
  Creds.new(:togetherai_bearer, "Bearer tgp_v1_N46ilZC3jB2GiVpVd0qplbh8R83WUBlmCjfIqpT5Amh"),
]
