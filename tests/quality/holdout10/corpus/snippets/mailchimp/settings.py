from dataclasses import dataclass, field


@dataclass
class Settings:
    mailchimp_api_key: str = "b976f81f8f1e01a84a4b8437b8ac0528-us27"
    mailchimp_list_id: str = "a27f1e7e99"
    mailchimp_server: str = "us21"
    mailchimp_api_key_from_env: str = "${MAILCHIMP_API_KEY}"
