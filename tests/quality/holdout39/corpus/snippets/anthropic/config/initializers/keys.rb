# frozen_string_literal: true

ANTHROPIC_API_KEY = ENV.fetch('ANTHROPIC_API_KEY', 'sk-ant-api03-5rR6gdqf35XphjZdg3qpKY87g7haaoZUaR7Vq1oZNt6Q1C7nayJBl2n41v1oiA_wSOZtk3MC_FpbVl0mkFM1iFoyH9fU_AA')
ANTHROPIC_API_KEY_OLD_REVOKED = ENV.fetch('ANTHROPIC_API_KEY_OLD_REVOKED', 'sk-a************U_AA')
