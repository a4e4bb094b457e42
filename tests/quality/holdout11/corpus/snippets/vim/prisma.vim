" prisma credentials (fake values)
let g:database_url = 'prisma://accelerate.prisma-data.net/?api_key=eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMDEyZTIyZTMtYTM5Ny00OGY3LTg2ZDItZDdjZWFiNjdhNTM0IiwgImlhdCI6IDE3NjA4NzY5NTcsICJyb2xlIjogInNlcnZpY2UifQ.TuUrg5sBc-aNazja9aCAXW1dHx94FfB861d2sflhdoL'
let g:database_url_2 = 'prisma://accelerate.prisma-data.net/?api_key=eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiNTdkNTE5ZmUtNjllZC00ODk2LTg5MDAtZmRlYTNjY2I3YjAzIiwgImlhdCI6IDE3NjA3MDY3MjcsICJyb2xlIjogInNlcnZpY2UifQ.3Vzlel_r4nHthrio4cFOSkKr0q0EWtDW-oZBKKol3jt'
let g:prisma_env_url = 'env("DATABASE_URL")'
let g:database_url_example = 'prisma://accelerate.prisma-data.net/?api_key=<token>'
let s:key = $DATABASE_URL
