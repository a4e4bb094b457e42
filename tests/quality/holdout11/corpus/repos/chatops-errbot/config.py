import logging

BACKEND = 'Slack'
BOT_DATA_DIR = r'/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'
BOT_LOG_FILE = r'/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': 'xoxb-94576202230-5213643326729-bM8uF8VWueky3JB8TCmqyniG',
    'app_token': 'xapp-1-AV6TGMXLLT9-7383647565141-f675b03f36ca66dce3152e3fbdf2acd64bec6ae7c3b8ed0efd333fb48baf1fcc',
}
BOT_ADMINS = ('@UFGAWUN63B4',)
CHATROOM_PRESENCE = ()
BOT_PREFIX = '!'

PAGERDUTY_API = 'u+z2iZyzdQ5W6XqS6vRa'
GITHUB_TOKEN = 'ghp_Eri3tmLBmI0PjJJgahFTTWMINobwS0E4Lbvz'
GRAFANA_URL = 'https://grafana.acme.example'
GRAFANA_TOKEN = 'glsa_NNmOejXuYgGLJczsCN36fJbwcUE6VT57_d971e877'
