import nox

@nox.session
def integration(session):
    session.env["VULTR_API_KEY"] = "03GJBIZRFYRPBX8VVP0Q1QZRLJQVKFW2NM68"
    session.env["VULTR_INSTANCE_ID"] = "cbee0349-99d1-477e-93be-2292e0e6dd49"
    session.env["VULTR_API_KEY_MASKED"] = "03GJ************NM68"
    session.env["VULTR_API_KEY_EXAMPLE"] = "<VULTR_API_KEY>"
    session.env["VULTR_API_KEY"] = os.environ["VULTR_API_KEY"]
    session.run("pytest", "tests/integration")
