from dataclasses import dataclass


@dataclass
class Settings:
    postman_api_key: str = "PMAK-b4d83263b7e1bcc59a5b5a97-ecaa4ab72c471c60c722e58bc17afbd8b1"
    postman_collection_uid: str = "38666652-3247768b-a76b-436f-80e6-7498e6f6869d"
    postman_workspace_id: str = "a4cd4c04-6a9c-41c3-b873-6eb9cddb75e5"
    postman_api_key_sha256: str = "1a44fa165a7f94653feb5b12837411292c227ac561c45fe1450c4f63feefc8bb"
    postman_api_key_example: str = "************"
    from_env: str = os.environ.get("POSTMAN_API_KEY", "")
