import Config

config :ats, :langfuse_secret_key, "sk-lf-4e05238d-b6b1-427e-ac8d-fe6a72154993"
config :ats, :langfuse_public_key, "pk-lf-909c473f-1c12-4464-aa28-26e11402fb03"
config :ats, :langfuse_secret_key_sha256_of_key, "34dde551d21f14fe9dc7a4aba4df0ff6451076c86f490ef2caa515c0f2677621"
