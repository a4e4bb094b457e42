import nox

@nox.session
def integration(session):
    session.run("deepseek-cli", "login", "--token", "sk-983dbec78177538ae7f85df818049fc8")
    session.env["DEEPSEEK_MODEL"] = "deepseek-chat"
    session.env["DEEPSEEK_API_KEY_SHA256"] = "31e66713486e5d7c55e8d01b5b2166ab49d5e1fc0d2a8c4abd93e4f6c0cbc6c1"
    session.env["DEEPSEEK_API_KEY_EXAMPLE"] = "xxxxxxxxxxxxxxxxxxxxxxxx"
    session.env["DEEPSEEK_API_KEY"] = os.environ["DEEPSEEK_API_KEY"]
    session.run("pytest", "tests/integration")
