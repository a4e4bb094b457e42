app:
  env: production
  mailgun:
    domain: mg.acme.example
    api_key: 5b3af2c6974dfe34f8af65345cf6f18e-b32eca33-da550d8e
  sentry:
    dsn: https://46bddb7ec6d9202197cc0018ba74063a@o382806.ingest.sentry.io/2904783
    auth_token: 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
  redis_url: redis://default:VE0BMKHTZxGQ6mde9eJi@redis.internal:6379/0
  rabbitmq_password: {{ salt['vault'].read_secret('secret/app/rabbit')['password'] }}
  openai:
    key: "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"
  hf_token: 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
  stripe:
    secret: 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
    publishable: pk_live_515bypV9Dw1joq7mm4fFIPDQ3xA8bTQI8VBT3IMQc3Ch7lpU36t1c4Tlbio3uruNuqn7wS92v6yQheKyYNgVR8Z2tqQdMyvPEUa
