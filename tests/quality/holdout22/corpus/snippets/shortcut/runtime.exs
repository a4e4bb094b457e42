import Config

config :larch, :providers, [{:shortcut, "a5c2a6c4-ed1c-4eb6-a023-4e26f8405976"}]
config :larch, shortcut_workspace_slug: "larch-z29lz"
config :larch, shortcut_api_token_sequential: "a5c2a6c4-ed1c-0123456789abcdefghijkl"
config :larch, shortcut_api_token_example: "changeme"
config :larch, from_env: System.get_env("SHORTCUT_API_TOKEN")
