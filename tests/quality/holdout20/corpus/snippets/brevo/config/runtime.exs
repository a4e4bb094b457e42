import Config

config :app, :brevo, [endpoint: "https://api.brevo.com", key: "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"]
config :app, brevo_smtp_key: "xsmtpsib-d20477da34926827fbe7b6a49015e8aa2f871353b641c264ccd9d475969dd12d-97xQSpHf0fdGjm4p"
config :app, brevo_smtp_login: "3e4a3726@smtp-brevo.com"
config :app, brevo_api_key_truncated: "xkeysib-e9..."
config :app, brevo_api_key_example: "{{ secrets.BREVO_API_KEY }}"
config :app, from_env: System.get_env("BREVO_API_KEY")
