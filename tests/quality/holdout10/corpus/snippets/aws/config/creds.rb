Creds = Struct.new(:name, :value)
CREDS = [
  Creds.new("aws_key_id", "AKIAHQQ6HWFZUGZ232DW"),
  Creds.new("aws_docs_example", "AKIAIOSFODNN7EXAMPLE"),
  Creds.new("aws_docs_secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
  Creds.new(:aws_bearer, "Bearer Qan3g3p/uXjHorISMFm32QBWi3pp7+PQsfc9H3Ht"),
]
