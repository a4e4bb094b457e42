$env.ANTHROPIC_API_KEY = "sk-ant-api03-LpjgjwvTmad2Z1hGqFd9IVeZpN1nJev3cAtz7sBEV7m66BmUpt6ZhfjbL8w25vYRwzBBcnKT9Kk3r3YnEhBkj9fxiJIPfAA"
$env.PATH = ($env.PATH | split row (char esep) | prepend '~/.cargo/bin')
$env.GIT_AUTHOR_EMAIL = "j.perren@corrievane.com"
