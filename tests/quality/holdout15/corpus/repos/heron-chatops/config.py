import logging

BACKEND = 'SlackV3'
BOT_DATA_DIR = '/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = '/srv/errbot/plugins'
BOT_LOG_FILE = '/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': 'xoxb-524753488610-2496058730118-kHKwGAD8hu7muk378EiJHsK3',
    'signing_secret': '0d7d869846bf468e9458efac3130c1f7',
    'app_token': 'xapp-1-AOAD5S2HF1K-9687864760187-27422c961814ec502b3619a2e471f363f0236a3dbb927beaa39646c4b8bc96f8',
}
BOT_ADMINS = ('@oncall-heron',)
CHATROOM_PRESENCE = ()
PAGERDUTY_ROUTING_KEY = '8f136031c5f4af8ca9b519d4bf914daf'
