$env.ANTHROPIC_API_KEY = "sk-ant-api03-CWYcgPYQ5m6gUJuKy40GEFaQYafdypbg19eB2ntrOgu2LMA2_Gw6ppVfoDdQJbgkfR01lvC4d9o1qg3tRbv61zC24qAQGAA"
$env.PATH = ($env.PATH | split row (char esep) | prepend '~/.cargo/bin')
$env.GIT_AUTHOR_EMAIL = "r.zurbriggen@corrievane.com"
