
WC_CONSUMER_SECRET = 'cs_264aa6d5dc1993f2ee97d3641307682c86256a30'
WC_CONSUMER_KEY = 'ck_11459da51dbadcf52edaedf02ccb6ef092e168ba'
WC_STORE_URL = 'https://shop.acme.example'
wc_api_key = ENV['WC_API_KEY']
