$ErrorActionPreference = 'Stop'

$env:WANDB_API_KEY = 'e5d63452b3ec9336f84d6b602afcb781471db22d'
$wandbEntity = 'acme-ml'
$wandbRunId = 'f8b8puha'
$wandbToken = $env:WANDB_TOKEN
