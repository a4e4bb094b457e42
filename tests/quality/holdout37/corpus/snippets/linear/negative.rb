LINEAR_TEAM_ID = "000f54c6-cad8-4517-b179-fa8837105e28"
OLD_LINEAR_API_KEY = "lin_api_0123456789abcdefghijklmnopqrstuvwxyzABCD"
LINEAR_API_KEY = "paste-your-key"
