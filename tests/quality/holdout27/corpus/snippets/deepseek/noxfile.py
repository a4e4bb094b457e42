import nox

@nox.session
def integration(session):
    session.run("deepseek-cli", "login", "--token", "sk-177538ae7f85df818049fc8628e73b25")
    session.env["DEEPSEEK_MODEL"] = "deepseek-chat"
    session.env["DEEPSEEK_API_KEY_SHA256"] = "3bb0ad8f3a33d8ec9395e3acaeb54adeafc36a94a0f889fff89bbd7256c56fa9"
    session.env["DEEPSEEK_API_KEY_EXAMPLE"] = "xxxxxxxxxxxxxxxxxxxxxxxx"
    session.env["DEEPSEEK_API_KEY"] = os.environ["DEEPSEEK_API_KEY"]
    session.run("pytest", "tests/integration")
