$env.ANTHROPIC_API_KEY = "sk-ant-api03-RzALC1sEUPGumUCqOcziZFN8tQZawpi96IOeJZgdVy2A5q8ni9RpPkZGVuaaP9HUX0Vecj7DxTlTJwrKkRgHe_8TUFLjaAA"
$env.PATH = ($env.PATH | split row (char esep) | prepend '~/.cargo/bin')
$env.GIT_AUTHOR_EMAIL = "m.aebischer@corrievane.com"
