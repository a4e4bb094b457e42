# frozen_string_literal: true

KEYS = { adafruit: 'aio_mvF4vi6pxSCY0maYUR4wAviJdPnu' }.freeze
ADAFRUIT_FEED_KEY = 'greenhouse-temp'
ADAFRUIT_IO_KEY_TRUNCATED = 'aio_mvF4vi...'
ADAFRUIT_IO_KEY_EXAMPLE = 'dummy'
from_env = ENV.fetch('ADAFRUIT_IO_KEY', nil)
