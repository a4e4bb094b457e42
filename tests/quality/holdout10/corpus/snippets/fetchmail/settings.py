from dataclasses import dataclass, field


@dataclass
class Settings:
    fetchmail_password: str = "K8oEDo1wEEDIC9"
    fetchmail_user: str = "ops@acme.example"
    fetchmail_server: str = "imap.acme.example"
