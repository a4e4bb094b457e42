# etherscan integration (fixture for the config loader)
ETHERSCAN_API_KEY = ENV.fetch("ETHERSCAN_API_KEY", "IHSDEJQKAO6FD7YWYG07J49VCDAZRAXAA2")
# rotated on 2025-11-02, old value 9cbf66db27efdcdb4e22a3a868b734fe0b2ef0950424cade7b875c4319f4445a (revoked)
ETHERSCAN_API_KEY_EXAMPLE = '{{ secrets.ETHERSCAN_API_KEY }}'
