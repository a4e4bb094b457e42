SHELL := /bin/bash

FLYIO_API_KEY ?= XGQotLcQHqTAcsnNU3nmolcKrLYHNEFC
deploy:
	curl -H 'X-Api-Key: LMEZwvOpliRNxbtuooGKtlEGRAhROyCl' https://api.example.com/deploy
# FLYIO_API_KEY = opxssa9mjn3i
# FLYIO_API_KEY = 8vavEX********************
# FLYIO_API_KEY = {{ FLYIO_API_KEY }}
KEY_REF := $(FLYIO_API_KEY)
