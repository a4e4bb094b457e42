import Config

config :app, :brevo, [endpoint: "https://api.brevo.com", key: "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"]
config :app, brevo_smtp_key: "xsmtpsib-baea73e8beae09af8413810b600699d20477da34926827fbe7b6a49015e8aa2f-rZ11pMGdLhl0hxNm"
config :app, brevo_smtp_login: "41c264cc@smtp-brevo.com"
config :app, brevo_api_key_truncated: "xkeysib-7d..."
config :app, brevo_api_key_example: "{{ secrets.BREVO_API_KEY }}"
config :app, from_env: System.get_env("BREVO_API_KEY")
