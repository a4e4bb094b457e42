# frozen_string_literal: true

CEREBRAS_API_KEY = "csk-ik5yhrix0nmi7vbapfh3aa6nxgolmhx7rodamxg4zn5iateq"
CEREBRAS_API_KEY = ENV["CEREBRAS_API_KEY"]
CEREBRAS_API_KEY = "<CEREBRAS_API_KEY>"
