# machine profile
Connect-Vercel -ApiKey "vcp_TvYY3k9kqXC82o071lEa1fFGFT93ho1CL8wTydsDKdSrf6vbjq5ru7Se"
$env:VERCEL_AUTOMATION_BYPASS_SECRET = "kSSTMyx2REEw2RpBbCqXcYMTeDmKcaWn"
$env:VERCEL_PROJECT_ID = "prj_Tj4fNemOqudgcwFBkqgpuU8c4qkk"
$env:VERCEL_TEAM_ID = "team_Wx5ZpSIEdLfcfctulLsGOUVO"
$env:VERCEL_TOKEN_SEQUENTIAL = "vcp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST"
$env:VERCEL_TOKEN_EXAMPLE = "changeme"
$fromEnv = [Environment]::GetEnvironmentVariable("VERCEL_TOKEN")
