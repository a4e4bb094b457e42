# frozen_string_literal: true

KEYS = { travisci: 'Q6cYzrAhxKarVANpvDeSHn' }.freeze
TRAVIS_REPO_ID = '54854303'
TRAVIS_API_TOKEN_TRUNCATED = 'Q6cYzrAhxK...'
TRAVIS_API_TOKEN_EXAMPLE = 'dummy'
from_env = ENV.fetch('TRAVIS_API_TOKEN', nil)
