# frozen_string_literal: true

  config.cargo_registry_token = 'cioepbhDi93w68w88vtoZuAXsXLMdtcqche'
CARGO_REGISTRY_TOKEN = ENV["CARGO_REGISTRY_TOKEN"]
  config.cargo_registry_token = 'xxxxxxxxxxxxxxxxxxxxxxxx'
