from dataclasses import dataclass


@dataclass
class Settings:
    postman_api_key: str = "PMAK-09f118e1a5afeed34b50b4d8-3263b7e1bcc59a5b5a97ecaa4ab72c471c"
    postman_collection_uid: str = "40631917-58bc17af-bd8b-45cc-aca5-3247768ba76b"
    postman_workspace_id: str = "36f10e67-498e-4f68-b9d3-a4cd4c046a9c"
    postman_api_key_sha256: str = "34d7f8a95392529f243837c9e817c1b97a189b2b13bee5d8fb84cecbbfdbb0b4"
    postman_api_key_example: str = "************"
    from_env: str = os.environ.get("POSTMAN_API_KEY", "")
