# deployment
.PHONY: deploy
deploy:
	./bin/infracost-cli deploy --auth=ico-DLhOogGM4asAN9o2KzafIxiWoX3lhNag
# docs sample for infracost: 1d26a341-ba7b-4512-82bf-fd08873e8ea5
# key shown in dashboard: ico-yN************AbjB
INFRACOST_API_KEY ?= {{ INFRACOST }}
INFRACOST_ENV ?= $(INFRACOST_API_KEY)
