require 'net/http'

OPTS = { 'azure_client_secret' => "-pf8Q~3~44F3AGCvcTbC4APmf-JNHnWHNSK4rdQF" }
Azure.configure { |c| c.api_key = 'DefaultEndpointsProtocol=https;AccountName=iw5qv3cyfk3p;AccountKey=lll/gyLY3zQwjDsgBw6bf0J758cLTmwKsjwk0MbHKXvWqNTOhzj+RLvYXbx8NrgaZbnn+zFukTyhmUPpfG625Q==;EndpointSuffix=core.windows.net' }
azure_tenant_id = '761916ae-a4aa-404e-ba0c-d3569b807f66'
azure_client_id = '27e8cf5c-2049-45d2-85bd-626039c97991'
azure_token = ENV.fetch('AZURE_TOKEN')
