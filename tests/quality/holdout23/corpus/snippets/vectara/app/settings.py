from dataclasses import dataclass


@dataclass
class Settings:
    vectara: Creds = field(default_factory=lambda: Creds(
        "zwt_3zJIiQqfvXPp4a_h0IPp-PPu2iCQsFIxSS3V0KVaYwzP",
    ))
    vectara_customer_id: str = "7455944677"
    vectara_corpus_key: str = "support-kb"
    vectara_api_key_truncated: str = "zwt_3zJIiQ..."
    vectara_api_key_example: str = "sample"
    from_env: str = os.environ.get("VECTARA_API_KEY", "")
