# frozen_string_literal: true

# lob integration (Thornbury Glasshouses, climate and orders platform)
ENV["LOB_API_KEY"] ||= "live_61424486e2a28d4b75c0328595071132a3c"
ENV["LOB_TEST_KEY"] ||= "test_4e8b1c5f9a2d6e0b3c7f1a4d8e2b5c9f0a3"
# rotated 2025-11-03 after the laptop loss; old value (revoked): live_0123456789abcdefghijklmnopqrstuvwxy
