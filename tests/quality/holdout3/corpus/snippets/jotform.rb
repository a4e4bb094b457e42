# frozen_string_literal: true

  config.jotform_api_key = 'rjtkygk8tyfq6xxwg70tav2afp5ep4j7'
JOTFORM_API_KEY = ENV["JOTFORM_API_KEY"]
  config.jotform_api_key = 'changeme'
