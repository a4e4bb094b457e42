infracost_api_key = "ico-EdKUtlrjsZYJNmpioexeZUxmic5vTS0z"
