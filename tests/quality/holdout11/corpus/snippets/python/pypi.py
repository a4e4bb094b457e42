# pypi credentials (fake values)
class Settings:
    PYPI_TOKEN = "pypi-AgEIcHlwaS5vcmcjbmw5OpH9HSXye7QhoeZRzF-F_R3xjrCTKCzFUxJRzIMIqvIkYbRn7FyGy5cYN0Vto1y_e1cLK02l4Ws_dvW4PLFxZf_9Ko9tmrwrHKqZXa38JyMPhS21adDpc2bkgITTlRa-USfCsIolsEIh_RUYh"
resp = requests.get("https://api.pypi.example/v1/me", headers={"Authorization": "Bearer pypi-AgEIcHlwaS5vcmcPw2o-AD-Wl3OtYkNsGs6UcOJmYStvd_5SYLLSRxTOiLcWzdnx1FEo9svqheIblaT3ZkZd1NCwTkXKjDp5gswQY14-SKfXHma0AEaAM6Od9mJdcBnptVGpEnYy9G3sBrUuCXT9e1D_36ij1QUERUifU"})
class Settings:
    PYPI_PLACEHOLDER = "pypi-XXXXXXXX"
class Settings:
    PYPI_TOKEN_MASKED = "pypi-A...RUYh"
token = os.environ["PYPI_TOKEN"]
class Settings:
    PYPI_TOKEN_FROM_ENV = "${PYPI_TOKEN}"
