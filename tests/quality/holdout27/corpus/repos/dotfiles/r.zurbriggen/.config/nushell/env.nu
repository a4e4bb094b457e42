$env.ANTHROPIC_API_KEY = "sk-ant-api03-UKC03wIa1Wj_VO5K7ZIBGE8iRcskiOYMihECrOawi100nQ2yLTseD5WYcgPYQ5m6gUJuKy40GEFaQYafdypbg19eB2ntuAA"
$env.PATH = ($env.PATH | split row (char esep) | prepend '~/.cargo/bin')
$env.GIT_AUTHOR_EMAIL = "r.zurbriggen@corrievane.com"
