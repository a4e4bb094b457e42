$env.ANTHROPIC_API_KEY = "sk-ant-api03-MGVuaaP9HUX0Vecj7DxTlTJwrKkRgHe_8TUFLjsbQ7hqP35anlfhV1rzfZBnp93JCM-5YB8JL8aBJM6VN1j3KiIyevRMtAA"
$env.PATH = ($env.PATH | split row (char esep) | prepend '~/.cargo/bin')
$env.GIT_AUTHOR_EMAIL = "m.aebischer@corrievane.com"
