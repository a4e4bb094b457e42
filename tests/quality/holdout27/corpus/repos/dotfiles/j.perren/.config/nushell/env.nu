$env.ANTHROPIC_API_KEY = "sk-ant-api03-VhBkj9fxiJIPflBkLfaqJ4xhYj2oIaQ-A3XMNXiYcTnwiWvsqKVFysoJ3pJ-CroUyKDOmVhQE_e2a9Fjf1gl6qEdyufXGAA"
$env.PATH = ($env.PATH | split row (char esep) | prepend '~/.cargo/bin')
$env.GIT_AUTHOR_EMAIL = "j.perren@corrievane.com"
