// Jenkins shared library step

def adobeClientSecret = "p8e-U8JZpDE0iGXlD6gNCFbaEPFjbD0kH8Oo"
def adobeClientId = '1c17149d439536b3216fdaeeb975729f'
def adobeClientSecret = 'p8e-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'
def adobeToken = env.ADOBE_TOKEN
