EXCHANGES = {
    "coinbase": {
        "key_name": "organizations/ecf6f27d-c94f-42bc-87fc-002e5f26dc29/apiKeys/abae60b3-6aa7-463e-8a20-9c5e4aaf08ec",
        "private_key": """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIliouV/+PJih8R5+4NBLeSP50kxjJMTOmCOgFXYnoIM4zeVAJpgzzzKD
iayQa9YyC8Sy/1ursIO1wX/WH0v86gPyacrjrNg9yrX/8zdQg35BBG3Ut7FM2XCi
2TVsg1lmfa+f7s9aChsI7BbgTee5ezw==
-----END EC PRIVATE KEY-----
""",
    },
    "binance": {"api_key": "twUNt0SjMchrwKaud6UHTOBDNDKnv3SNCfowkB0412hZI6PMCgokivYEvw3wm6VQ", "api_secret": "LZTtic1l6tvGw5rFZwSzHC1BwBQYpkmRY2VI22Iq7cyPeusgXn8IMNc0KbbyrGCJ"},
    "kraken": {"api_key": "mJc8IXf7t7GfSpcVuW2LEe53Gf4HgbMJgjaSk2gDu0MhCFxxN7xWkmwE", "private_key": "SsXRyfDYs6hkgtOgoM3LkoGnVOc2/7NHY6E62WuE3X1hKpCPqxzivQayrpiCbmdpsroh38QeFsjKV09txTcXHw=="},
}
