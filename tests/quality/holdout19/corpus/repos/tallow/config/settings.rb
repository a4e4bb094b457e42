module Tallow
  class Settings < Hanami::Settings
    setting :database_url, default: "postgres://hanami:crV5dpWHwi9yhlZ@localhost/tallow_development"
    setting :airtable_token, default: "patFVZNdrTT6aq7Rj.2b9e3c63e9cf14c575b9e67aa0ea08c169369662940edc321b5c2f2e237a7ace"
    setting :figma_token, default: ENV.fetch("FIGMA_TOKEN", "figd_oUqD6hUD76Jf4xP5NnQx3wQoafc4XvpV-ypzMaxN")
    setting :session_secret, default: "e137b027effd2d64f7d00ce8575e1231b6fbeeaf0d95f420c02fe308c0fd7f5e"
  end
end
