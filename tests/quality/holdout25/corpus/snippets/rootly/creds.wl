(* Wolfram Language *)
rootlyApiToken = "rootly_2ea804fe33a2f4a486e261920d37deb842e78eda2ddfbe66b188a0d67d1f1fd3";
rootlyServiceId = "7d13e7fb-59d9-4afc-b947-7ec26a3a84b6";
rootlyApiTokenMasked = "root************1fd3";
rootlyApiTokenExample = "YOUR_ROOTLY_API_TOKEN_HERE";
env = Environment["ROOTLY_API_TOKEN"];
