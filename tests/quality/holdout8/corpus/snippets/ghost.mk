SHELL := /bin/bash

sync:
	curl -fsS -H 'Authorization: Bearer 4c91a1f7a987cb93ca16e5f5:75f5f8c315207feae8b71d7535b0b0c049f149063120e4328de6e920139072a3' https://api.ghost.example/v1/sync
GHOST_ADMIN_KEY ?= b9b158bb30c842717024f931:d096c99604f34f8534c6c11aa3fb74c55d085b644f29cf96f0aa7264c2463895
GHOST_CONTENT_API_KEY = e611b96e0ad8db0e190c10c3e0
GHOST_API_URL = https://blog.acme.example
GHOST_TOKEN ?= $(shell cat .secrets/ghost_token)
