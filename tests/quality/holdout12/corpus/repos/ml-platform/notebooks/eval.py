import replicate
import tavily
from elevenlabs.client import ElevenLabs

client = replicate.Client(api_token="r8_DNUHixs3En64NURbinaJxVbvtnktIDUxnM086")
search = tavily.TavilyClient("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")
voice = ElevenLabs(api_key="sk_da27913f9ce50d9eca19421b55325719d658b35552d50828")
jina_headers = {"Authorization": "Bearer jina_cFTloEtKkHJqG0JQdP6cfR5bkgi05FWqAEE5sHaexlQx2Y9ROcvbY16xKwLB"}
# model version pinned
VERSION = "93df7582f5dee02f60e8f8c36f9f8608c96dfa505bff2bf0c9342ff4d00baba1"
EXAMPLE = "tvly-YOUR_API_KEY"
