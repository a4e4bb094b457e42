package require http

set cfg [dict create notion_token secret_aKPmCfsCfAb7ToW4MgrJBiSxBLsbXuR2iDvVMyrCnGh region eu]
set notion_api_key "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"
set notion_database_id {e8cff2667ab37ad640eae0c22e0f9679}
set notion_page_id {ff91db90-644e-484a-ab31-1bc758101a95}
set notion_token $env(NOTION_TOKEN)
