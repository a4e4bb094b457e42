SHELL := /bin/bash

BINANCE_API_KEY ?= tz06cdugop25zpwvvvfrsog44p4m3kkjdt9o
deploy:
	curl -H 'X-Api-Key: fy1ggovqzw67ehrj4ap2dpwcqvyf9c9cessq' https://api.example.com/deploy
# BINANCE_API_KEY = rn8ca7hcl7r6
# BINANCE_API_KEY = 15jhh0********************
# BINANCE_API_KEY = {{ BINANCE_API_KEY }}
KEY_REF := $(BINANCE_API_KEY)
