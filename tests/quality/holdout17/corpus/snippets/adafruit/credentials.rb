# frozen_string_literal: true

KEYS = { adafruit: 'aio_0KGmvF4vi6pxSCY0maYUR4wAviJd' }.freeze
ADAFRUIT_FEED_KEY = 'greenhouse-temp'
ADAFRUIT_IO_KEY_TRUNCATED = 'aio_0KGmvF...'
ADAFRUIT_IO_KEY_EXAMPLE = 'dummy'
from_env = ENV.fetch('ADAFRUIT_IO_KEY', nil)
