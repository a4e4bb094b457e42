import Config

@kit_api_key "kit_54571bc19ca14352920ac9c7ec471128"
config :acme, Acme.Convertkit, convertkit_api_secret: "5YB2koGfLDZR988y94NAaYvsLQ945OdE32Pk_xo0IK8"
config :acme, convertkit_form_id: "5363779"
config :acme, convertkit_api_key_public: "taeblvjQo6Ko4Y0m4IKEPq"
config :acme, kit_token: System.fetch_env!("KIT_TOKEN")
