## lobby kiosk (Ren'Py)

define config.keys["coveralls"] = "jr79sECfPLdBFECKLNtNxy1JFD8i0IQ7M"
define coveralls_job_id = "634390461"
define coveralls_repo_token_sha256 = "826b51dabac506076af69a8b09514ecf2b4be27c01c3a1f3dcf535739400be32"
define coveralls_repo_token_example = "xxxxxxxxxxxxxxxxxxxxxxxx"
define from_env = os.environ.get("COVERALLS_REPO_TOKEN")
