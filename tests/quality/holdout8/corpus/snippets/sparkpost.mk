SHELL := /bin/bash

SPARKPOST_API_KEY ?= 67a79eae7dea0a37f1b10dd7ed4a6aa362c9373c
export SPARKPOST_API_KEY := 21bd511f902cff49b622d3dfbfeda257077006f2
SPARKPOST_TEMPLATE = order-confirmation
SPARKPOST_WEBHOOK_SHA1 = e1fc25d044d8cba7d224157905e597ea12265f8c
SPARKPOST_TOKEN ?= $(shell cat .secrets/sparkpost_token)
