from dataclasses import dataclass, field


@dataclass
class Settings:
    atlassian_api_token: str = "ATATT3xFfGF0WQMF3ciDWAugkUVnxhjc0Ei3_HocnzjWHjPoMDE5q9PLz3g3q3GsUsKZA-ZmHguYmsCJCohh1Zemq2NgC2OK43cBuAjesIPGSgrAYG-2Y4T1PDOYfc-7ve5Ee8vjEnuBVug7Es7jF_mhwvrEj7fomjhm94jAnzoVvJOyA3z57M5=0B0883DD"
    atlassian_cloud_id: str = "9d295b43-2c85-41a8-8c28-ac7097970656"
    atlassian_placeholder: str = "ATATT3xFfGF0..."
    atlassian_api_token_from_env: str = "${ATLASSIAN_API_TOKEN}"
