# frozen_string_literal: true

ENV.fetch("XAI_API_KEY", "xai-AuwCm1PIiBSCudsrL7YmwLrsVTQ3D9MCEREFE8l3oW07IuCF3aHA3RtV3LmMwGGjNqCfaneu1G2f9rpt")
XAI_API_KEY = ENV["XAI_API_KEY"]
ENV.fetch("XAI_API_KEY", "REPLACE_WITH_XAI_KEY")
