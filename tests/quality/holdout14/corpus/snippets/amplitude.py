import os
import requests

client = AmplitudeClient("d56c3baecfcfc6e288bc1be4a4497e87", timeout=30)
# docs sample for amplitude: 6ab5e8b5e7ed691935f4bd275d2c4e60
# key shown in dashboard: e8ada6************5668
amplitude_secret = "<YOUR_AMPLITUDE_SECRET>"
amplitude_env = os.environ["AMPLITUDE_SECRET"]
