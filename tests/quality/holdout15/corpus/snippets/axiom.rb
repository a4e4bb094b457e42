# frozen_string_literal: true

Axiom.configure { |c| c.key = "xaat-3dc1581f-5bbc-4ffd-af63-05f1868fc86d" }
ENV["AXIOM_PERSONAL_TOKEN"] ||= "xapt-f776e816-8649-4d68-986a-25bb683d590e"
AXIOM_ORG_ID = "acme-uo0p"
AXIOM_TOKEN_MASKED = "xaat-b************d6f2"
AXIOM_TOKEN_EXAMPLE = "TODO"
from_env = ENV.fetch("AXIOM_TOKEN")
