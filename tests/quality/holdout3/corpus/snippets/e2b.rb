# frozen_string_literal: true

ENV.fetch("E2B_API_KEY", "e2b_2d69b86cb1fcafc9a7e5568b03ea8b25bf063dd0")
E2B_API_KEY = ENV["E2B_API_KEY"]
ENV.fetch("E2B_API_KEY", "********")
