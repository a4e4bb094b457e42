import nox

@nox.session
def integration(session):
    session.env["VULTR_API_KEY"] = "4USCI1U5LN5EHIO03GJBIZRFYRPBX8VVP0Q1"
    session.env["VULTR_INSTANCE_ID"] = "8c8548a5-2be6-4cbe-b034-999d1b77e53b"
    session.env["VULTR_API_KEY_MASKED"] = "4USC************P0Q1"
    session.env["VULTR_API_KEY_EXAMPLE"] = "<VULTR_API_KEY>"
    session.env["VULTR_API_KEY"] = os.environ["VULTR_API_KEY"]
    session.run("pytest", "tests/integration")
