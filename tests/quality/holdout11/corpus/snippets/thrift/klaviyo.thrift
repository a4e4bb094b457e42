// klaviyo credentials (fake values)
const string KLAVIYO_PRIVATE_KEY = "pk_6d9b070132582fd7e4cbff8d4349939687"
const map<string,string> HEADERS = {"X-Api-Key": "pk_f0cb7503c71fc9cb2caf534e1341765aa1"}
const string KLAVIYO_PUBLIC_SITE_ID = "L7ZQ65"
const string KLAVIYO_PRIVATE_KEY_EXAMPLE = "pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
