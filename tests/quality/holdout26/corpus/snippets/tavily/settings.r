REBOL [Title: "box office settings"]

services: make map! [tavily "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"]
tavily-dev-key: "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"
tavily-request-id: "8c324d54-49fc-4db9-8689-15c6152ca2ba"
tavily-api-key-sha256: "b886b61103751934a7a8bb1fef28dc953db88143cbb25c1123d0d3b211085e3c"
tavily-api-key-example: "xxxxxxxxxxxxxxxxxxxxxxxx"
from-env: get-env "TAVILY_API_KEY"
