# todoist credentials (fake values)
$env:TODOIST_API_TOKEN = '6983b7a348540c73a851c1c0e5a46125d2b5752b'
Invoke-RestMethod -Uri $uri -Headers @{ Authorization = 'Bearer 668cd575631311f8367ead6e30349f414781525f' }
$env:TODOIST_PROJECT_ID = '0518494139'
$env:TODOIST_API_TOKEN_MASKED = '6983b7...752b'
$key = [Environment]::GetEnvironmentVariable('TODOIST_API_TOKEN')
