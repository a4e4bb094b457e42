import Config

config :larch, :providers, [{:gitbook, "gb_api_uET7798Wr3u2IkVGeMC8JTYO2zPWO7BCViCKy1SW"}]
config :larch, gitbook_space_id: "07QNoNfK8DdYZdcsK1yV"
config :larch, gitbook_api_token_sequential: "gb_api_0123456789abcdefghijklmnopqrstuvwxyzABCD"
config :larch, gitbook_api_token_example: "changeme"
config :larch, from_env: System.get_env("GITBOOK_API_TOKEN")
