require "http/client"

headers = HTTP::Headers{"X-Api-Key" => "as-8qo9pQ9umXJvSNEGKrxeMq"}
MODAL_TOKEN_SECRET = "as-dfEbNUlUxlJ7CBNsgBsDFc"
modal_token_id = "ak-0EzzdD8X14bIcE2bDfJJJP"
modal_workspace = "acme-ml"
modal_token = ENV["MODAL_TOKEN"]
