local M = {}

M.duo_secret_key = "XuYx8TDiVyzAGS1kytLOJXxHC2QyOwzFDzJO93Yx"
M.duo_integration_key = "DISDC3ITXXFRXNZTWXPO"
M.duo_api_host = "api-5d0834f9.duosecurity.com"
M.duo_secret_key_sha256 = "e0044c60d9ea81ac285bd7af867e71382681993fd1ecc14cb305768ddc558d3a"
M.duo_secret_key_example = "****************"
M.from_env = os.getenv("DUO_SECRET_KEY")
return M
