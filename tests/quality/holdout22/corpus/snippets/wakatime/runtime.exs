import Config

config :larch, wakatime_api_key: "waka_a1df938b-71cf-4414-b097-05b6c837b515"
config :larch, wakatime_user_id: "714efa71-76ef-4ca3-8ddd-bfefc6fa416e"
config :larch, wakatime_api_key_sha256: "554bd5903bebbaa25502aa975ee3c1a0c3dadd443e79aac911d2dc1545e91fd3"
config :larch, wakatime_api_key_example: "************"
config :larch, from_env: System.get_env("WAKATIME_API_KEY")
