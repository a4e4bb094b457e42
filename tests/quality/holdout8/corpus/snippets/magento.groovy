import groovy.json.JsonOutput

def creds = [magentoCryptKey: 'f5fcf35062e9e694cfe8f428439ab599', region: 'eu']
magentoClient.configure {
    token = 'base64FB368Zio4K5Zv7TzJQH7zpqs5F+XyYDHaJr0cGzHLec='
}
def magentoInstallDate = 'Tue, 03 Jun 2025 10:12:44 +0000'
def magentoCacheIdPrefix = '57f_'
def magentoToken = System.getenv('MAGENTO_TOKEN')
