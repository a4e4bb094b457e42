### A Pluto.jl notebook ###
# v0.19.40

# ╔═╡ easypost
easypostApiKey = "EZAK3dd2e0abf349649b084623052aa17558775b0ee2d6e3b69b7224a9"
# ╔═╡ easypost
easypostShipmentId = "shp_a799943dad35c8725fe1fb26a158fbf0"
# ╔═╡ easypost
easypostApiKeyMasked = "EZAK************24a9"
# ╔═╡ easypost
easypostApiKeyExample = "<EASYPOST_API_KEY>"
# ╔═╡ env
from_env = ENV["EASYPOST_API_KEY"]
