import com.acme.crm.HubSpotClient

def client = new HubSpotClient(accessToken: 'pat-na1-6bd87e69-ca48-4cca-bd93-47fe30544766')
def euClient = new HubSpotClient(accessToken: 'pat-eu1-d74d2fe2-5327-4ef3-99af-97b5e4f6f217', baseUrl: 'https://api-eu1.hubapi.com')
def http = new URL('https://api.hubapi.com/crm/v3/objects/contacts').openConnection()
http.setRequestProperty('Authorization', 'Bearer pat-na2-ed730c2e-92c7-44aa-b1be-da0ae59d27e6')
def form = [portalId: '68079668', formId: '27b58ce9-d69e-43cd-b175-93b3e5736520']
def zero = 'pat-na1-00000000-0000-0000-0000-000000000000'
