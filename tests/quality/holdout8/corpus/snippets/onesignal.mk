SHELL := /bin/bash

export ONESIGNAL_REST_API_KEY := os_v2_app_kx7jdgdtgdb6wlww2vs6wa6f3eg3gnk44xphuab6zjrbr64sfi4etpjolhcryrn5bd4z5vzxuihdf7xoxfh26klkvxoq2yr7o3c253bermqwy5kvy
sync:
	curl -fsS -H 'Authorization: Bearer 6pezjlD-q3-6Sff86Z3u9aR8Elh3sU7L9jO9fY9VzqEIhj6B' https://api.onesignal.example/v1/sync
ONESIGNAL_APP_ID = 97da2e71-c8b6-4232-b0b7-bfa93c96545d
ONESIGNAL_SAFARI_WEB_ID = web.onesignal.auto.9f111ac2-ebca-4b5d-9c24-53c0b4455067
ONESIGNAL_TOKEN ?= $(shell cat .secrets/onesignal_token)
