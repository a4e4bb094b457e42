"""Underwriting triage: summarises vet histories for the claims handlers."""
import anthropic
import openai

openai_client = openai.OpenAI(api_key="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")
claude = anthropic.Anthropic(api_key="sk-ant-api03-YNLpd7HG063V7zmAtoeXDhm3VrrS6IpxTw3pIUffUcXygGlWk6C_ZM8s5ESoVZU4L-jrPJei_Kr5vXRImy_44QPKJLKC0AA")
FRAUD_SCORE_API_KEY = "fs_live_Wpd4gw6JMq9YQd5YzzkDFM8tGbODZoXM"
FRAUD_SCORE_SANDBOX_KEY = "fs_test_RcsJKYehV1l2yyJhLsXvrnd2usBnQ7GF"  # sandbox only
