module Scorer
  class Client
    def initialize
      @openai = OpenAI::Client.new(access_token: "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")
      @org = "org-8m7hxlReOHbiAZd56soCm9Tb"
    end
  end
end
