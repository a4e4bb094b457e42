// Jenkins shared library step

def merakiDashboardApiKey = "7041b29ae696fa4bb7840dd51983ebf7c99c18fa"
def merakiOrgId = '375475'
def merakiDashboardApiKey = '6bec40cf957de430a6f1f2baa056b99a4fac9ea0'
def merakiToken = env.MERAKI_TOKEN
