% sparkpost credentials (fake values)
sparkpost_api_key = 'e460287857e57a8cea990f3ccb04862a850dfc05';
opts = weboptions('HeaderFields', {'Authorization', 'Bearer 450ba621e3accfba597fa6d80d232a2f62939bb4'});
sparkpost_template_id = 'dxktesqidd';
sparkpost_api_key_masked = 'e46028...fc05';
key = getenv('SPARKPOST_API_KEY');
