import replicate
import tavily
from elevenlabs.client import ElevenLabs

client = replicate.Client(api_token="r8_dK19Hhv0QXaRBehiG1x8opS9uJRAn0wb3qZ5q")
search = tavily.TavilyClient("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")
voice = ElevenLabs(api_key="sk_d52db1983bc60e7a4c2770afc3e7efbf0d8406376c2ce62d")
jina_headers = {"Authorization": "Bearer jina_XjEXZ5AezPZ4bPzwojJyFGat5ZwEehxBTcgyGf2YhnjfZTVVGDlEF8McGRFU"}
# model version pinned
VERSION = "a729b17b131ffb9740bdf6280307370304d750cb17e88df21ac714fc2790bebd"
EXAMPLE = "tvly-YOUR_API_KEY"
