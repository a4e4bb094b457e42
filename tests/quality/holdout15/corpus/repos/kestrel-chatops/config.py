import logging

BACKEND = 'SlackV3'
BOT_DATA_DIR = '/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = '/srv/errbot/plugins'
BOT_LOG_FILE = '/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': 'xoxb-737278739763-5295023706460-CkaeqGj8sCwgXuCqPgAnRKtW',
    'signing_secret': '6a32c71a0b232c92fbf8c1b07494f625',
    'app_token': 'xapp-1-AL7OBL5BDXG-6269199932413-77bd66ec5c7cf176af3df8c6bdf7fa7b73f7c6a8e7349bafce33171ac2668a72',
}
BOT_ADMINS = ('@oncall-kestrel',)
CHATROOM_PRESENCE = ()
PAGERDUTY_ROUTING_KEY = '1060c2adbf77947dc50bfc4f1b78eff7'
