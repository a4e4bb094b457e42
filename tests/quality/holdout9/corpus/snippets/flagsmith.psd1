@{
    AllNodes = @()
    NonNodeData = @{
        Flagsmith = @{ ApiToken = 'ser.e69M5wfuCY8KkWmgb6p459' }
    }
    FlagsmithServerKey = 'ser.YyZavN3qYe2RxzjBgMBSD5'
    FlagsmithEnvironmentKey = 'hmk8fwbj5l3hTVP2oc7u3f'
    FlagsmithServerKey = 'ser.<your key>'
    # FLAGSMITH_TOKEN is injected by the release pipeline
}
