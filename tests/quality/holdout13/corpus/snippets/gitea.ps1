$ErrorActionPreference = 'Stop'
$headers = @{ Authorization = "Bearer 48594b4c762b9f2b2ceb9aaa35b5c5f7064fbf71" }
$env:GITEA_TOKEN = 'f89245f450ee72be85e1314453f6df88c42fbd0c'
# example 'b3cb59323b8ed78a94a80f4cca978c6e76340d09'
# example 'cd2cdc********************'
# example 'changeme'
$key = $env:GITEA_TOKEN
