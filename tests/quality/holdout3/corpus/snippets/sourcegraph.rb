# frozen_string_literal: true

SRC_ACCESS_TOKEN = "sgp_3b61a79d960d7e09_f303b393fd3a7bb84416c3121d75d4e9888ac6ab"
  config.src_access_token_sgp_old = 'sgp_fa80ecadc3c97b098ff53f505cea8fe03f1700d2'
SRC_ACCESS_TOKEN = ENV["SRC_ACCESS_TOKEN"]
SRC_ACCESS_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxx"
