import groovy.json.JsonOutput

def adobeClientSecret = 'p8e-DVWqyfkrFAZd6-6X_yZl-DcI08WoHmiX'
def creds = [aioClientSecret: 'p8e-WnhREl_Asie-ys64KT2rumOT_zNtTKjC', region: 'eu']
def adobeClientId = 'b709a781d8c9d5c35065930ca5d74ded'
def adobeClientSecret = 'p8e-YOUR-CLIENT-SECRET'
def adobeToken = System.getenv('ADOBE_TOKEN')
