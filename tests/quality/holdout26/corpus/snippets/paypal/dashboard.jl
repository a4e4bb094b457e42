### A Pluto.jl notebook ###
# v0.19.40

# ╔═╡ paypal_c
paypalClientSecret = "E92mu1eYOXAfIWGSzrUFa9jGk3VI2zNkgWWiAakRZRkWSEHsjMcrRkgKP3D4VBX8eLN1GcFU89o4Awg9"
# ╔═╡ paypal_c
paypalClientId = "AG3Rvou9s5vGqxXLMxn6Vod7bR3aNXVg7F9Z0Medib345M1qNpjqhGSkvrl92QPawFxaWvBTwIMjgT1G"
# ╔═╡ paypal_c
paypalClientSecretSha256 = "36f5f67304a7bc6acf37f3613ff29b5207b29608a3e263e003461493c273acf5"
# ╔═╡ paypal_c
paypalClientSecretExample = "$(PAYPAL_CLIENT_SECRET)"
# ╔═╡ env
from_env = ENV["PAYPAL_CLIENT_SECRET"]
