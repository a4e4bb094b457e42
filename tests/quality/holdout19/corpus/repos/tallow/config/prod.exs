import Config

config :tallow, Tallow.Mailer,
  adapter: Swoosh.Adapters.Postmark,
  api_key: "ee1ade9f-9dfd-451e-a119-140b886de385"

config :tallow, :onesignal, app_id: "fa7baf63-0201-447c-ae23-4c762498ce9f", rest_key: "os_v2_app_zd5jh7jm4nixnpqsvcz5xj3m43m5udaynh5dxwuhirdf34j7helnihpeacodykryaefsb4qqhoucgnz3vqdxyjmmoae4itjd7jtkbr62oyh5jbsgs"

config :ex_aws,
  access_key_id: "AKIAKAYKR4JRUIYS7DZP",
  secret_access_key: "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"
