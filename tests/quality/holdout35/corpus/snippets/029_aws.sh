# aws integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer AKIA4DEI3TDAVEQXCISU" https://api.aws.example/v1/me  # AWS_ACCESS_KEY_ID
curl -sS -H "Authorization: Bearer BbSGd7S+GoNt+erzSFloGGljHLnY2wDzmXDf80Y6" https://api.aws.example/v1/me  # AWS_SECRET_ACCESS_KEY
AWS_DOCS_EXAMPLE=AKIAIOSFODNN7EXAMPLE
# rotated on 2025-06-03, old value AKIA4DEI3T... (revoked)
