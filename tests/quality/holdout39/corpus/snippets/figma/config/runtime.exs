import Config

config :ats, :figma_token, "figd_KVQ-Dn8I_E8SaxEJYb4RK5HRTqNfVFfMDJW7nuFK"
config :ats, :figma_file_key, "fFmIwDlu7XKX6C0qqSL6Ep"
config :ats, :figma_token_sha256_of_key, "f9b9d59cca2a7e3e981ff3eefe584675914301d171487213d48a2b79a9aa15fd"
