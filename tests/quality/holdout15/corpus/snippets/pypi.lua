local M = {}
M.twine_password = "pypi-AgEIcHlwaS5vcmcYiiLstfrNyxIbJZfCHUG2eMNzfI5s-vpyxwIkBtNegf52KaY5CP4CqX-oAauLqypYilwJRWfqIZcHo08qDyyPU7LNIfH-sE-U9AZePAso523-4eWlSvFnOPm1nXsO7_THt5XnwVL979PFW3MSh5qGjOMsUyMZ8UQ"
M.pypi_sha256 = "50657d2fcc7780133739adc126ada9c101ff22742ed9174a4b50b73644506b7e"
M.twine_password_masked = "pypi-A************nhe6"
M.twine_password_example = "REPLACE_WITH_twine_password"
M.from_env = os.getenv("TWINE_PASSWORD")
return M
