import logging

BACKEND = 'SlackV3'
BOT_DATA_DIR = '/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = '/srv/errbot/plugins'
BOT_LOG_FILE = '/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': 'xoxb-919453368830-3200180600905-PmT9pqecvr025beO3WQneWPS',
    'signing_secret': 'b13f34ffda36857bd039c67ba3e0c122',
    'app_token': 'xapp-1-AM9KYJRUM6R-2646329280046-bc48a86bf2be5ce77cb21ba6f6f5abd2062149123583f24c0f215b8f03dd48f6',
}
BOT_ADMINS = ('@oncall-wren',)
CHATROOM_PRESENCE = ()
PAGERDUTY_ROUTING_KEY = '25c0b068b7291998c252695911d4915f'
