import Config

config :acme, pypi_token: System.get_env("PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmcCJIovsB0eL-paPNNAatoGo3YV0vXsa0Suko7XweMdNLS2jOKJ24gnzdxeQ_UievlX0BrP7vlL5FPyF7pyoPVk3KLPET2mcOodQamoiGiGRphKIgZ9tPL-NeQzgZX0F3J0VEkO3QxiQUPiC6FgnHcGMop")
config :acme, :pypi, test_pypi_token: "pypi-AgENdGVzdC5weXBpLm9yZwCJyOekRl4jrMiP1cG6K6fBW9hHHRfjnlmPK7kQDPvkaekMBOY5V68zeFfVPaBKIOaispNOUuME0GQN3wZJ2gnDkBugAX7_bd_YOuyuobPlE_xH1hlsDOSFr4ssYHi4E8us2LzpefX7NyJggom_wufthk"
config :acme, twine_username: "__token__"
config :acme, pypi_token: "pypi-AgEIcHlwaS5vcmc..."
config :acme, pypi_api_key: System.fetch_env!("PYPI_API_KEY")
