# deployment
.PHONY: deploy
RAW := '{"twitter":"AAAAAAAAAAAAAAAAAAAAANoFdZeoJIc0SX4uxvhIBu7HFWFS%3DDOUT5zpH9HULkiouzpAqidfg56ulFKZfB2EYUZHEtO9NdRyGUb"}'
BEARER ?= 3fcUcsShFPnAUWCbbDxLpSKHR5dGyUR4J7pBV8cZupxpTdfq36
# docs sample for twitter: Gme7tUMihY8MljSl0gnHmQFjg
# key shown in dashboard: AAAAAA************2CJW
TWITTER_TOKEN ?= {{ TWITTER }}
TWITTER_ENV ?= $(TWITTER_TOKEN)
