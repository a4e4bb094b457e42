module Sextant
  class Settings < Hanami::Settings
    setting :database_url, default: "postgres://hanami:9oVudIIYX92qUJL@localhost/sextant_development"
    setting :airtable_token, default: "patpJgXuxpdWXp9Wh.3a201692a24a2784c6806486068c21048bff17e0eb160568729272e65bd6038c"
    setting :figma_token, default: ENV.fetch("FIGMA_TOKEN", "figd_wiIEGxUI9ICSPH4_HyN-n8v-K-k28ekmcDae3k2n")
    setting :session_secret, default: "17c2005e059d338aa0d812f3fb2210aec5b4fb260bd16d2a7acc4a151e02c556"
  end
end
