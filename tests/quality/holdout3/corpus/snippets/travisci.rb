# frozen_string_literal: true

  config.travis_api_token = '-HSoJ3E7s6k4y5K4bzxvaN'
TRAVIS_API_TOKEN = ENV["TRAVIS_API_TOKEN"]
  config.travis_api_token = '********'
