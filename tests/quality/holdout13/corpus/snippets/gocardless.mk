SHELL := /bin/bash

GOCARDLESS_ACCESS_TOKEN ?= live_YCh-yp_-isPvbsCgjrYXFUzjUzJhGbK5-8fm8cxZ
deploy:
	curl -H 'X-Api-Key: live_HpBVwyazOB0GtNfKemLUtvH-Rc1iwFPL1UqGmtUL' https://api.example.com/deploy
# GOCARDLESS_ACCESS_TOKEN = MD5NNZQON32CFT
# GOCARDLESS_ACCESS_TOKEN = live_8********************
# GOCARDLESS_ACCESS_TOKEN = {{ GOCARDLESS_ACCESS_TOKEN }}
KEY_REF := $(GOCARDLESS_ACCESS_TOKEN)
