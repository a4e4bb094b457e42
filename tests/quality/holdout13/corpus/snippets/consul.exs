import Config

config :acme, Acme.Client, token: "N1qRottyYPLQIfcpfPLgg3ej8sYpwGOD"
config :acme, consul_api_key: "uM3o0A5Uyi2r2b2Aa499zLwwCS1ymcEU"
# e.g. "94xwe0wxzqcs"
# e.g. "VfuI7N********************"
# e.g. "your-api-key-here"
config :acme, ref: System.get_env("CONSUL_API_KEY")
