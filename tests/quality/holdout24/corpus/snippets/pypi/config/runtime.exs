import Config

config :fernquay, Fernquay.Integrations,
  pypi: [endpoint: "https://api.pypi.example", auth: "pypi-AgEIcHlwaS5vcmc9ab-w5A5uJKOBNPcluSBn5rXTlBO8hDHDcoS0wjHl4vk8qPYYv08KQaRbucCmLAAwMYIY6GcgFtgaFmdqVN_DsC71YfqKO5EEyDJQR2EblhH9KA8GV00oLN0MP8ZWFwNQxGLvwJOpXf-I3t0nZ6_cr"],
  pypi_username: "__token__",
  twine_password_sequential: "pypi-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDE",
  twine_password_example: "changeme",
  from_env: System.get_env("TWINE_PASSWORD")
