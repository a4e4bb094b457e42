import groovy.json.JsonOutput

def rootlyApiToken = 'rootly_cf14c3bf1d90f89838d5064e3fae1354123549d91a632eabff96bc17d1563255'
def creds = [rootlyApiKey: 'rootly_e260ca594b2ffb64b408429ecbb7aff492c80c5a65caf7a3202ea55bf33f820b', region: 'eu']
def rootlyApiToken = 'rootly_<token>'
def rootlyTeamId = '93e4f1b1-b079-4101-b52a-5d6d36cf6c0e'
def rootlyToken = System.getenv('ROOTLY_TOKEN')
