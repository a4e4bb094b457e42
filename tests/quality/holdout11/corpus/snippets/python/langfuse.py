# langfuse credentials (fake values)
class Settings:
    LANGFUSE_SECRET_KEY = "sk-lf-ca722bf9-094e-4ef5-a16e-b016eb91c46b"
resp = requests.get("https://api.langfuse.example/v1/me", headers={"Authorization": "Bearer sk-lf-467bd0a9-e383-4827-96b2-c632b93ec2c2"})
class Settings:
    LANGFUSE_PUBLIC_KEY = "pk-lf-25f9848f-0732-4e37-af67-da8e18a61b98"
class Settings:
    LANGFUSE_SECRET_KEY_MASKED = "sk-lf-...c46b"
token = os.environ["LANGFUSE_SECRET_KEY"]
