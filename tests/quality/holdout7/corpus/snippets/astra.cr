require "http/client"

ENV["ASTRA_DB_APPLICATION_TOKEN"] ||= "AstraCS:QX9VjUPC94TNWLAVYFeRgpMP:02824c1c099724caf4941d4072014b3ce107f80e222f828767efc2f91624a894"
astra_db_id = "7c5d42dc-0f87-4ae3-bb7f-ec4b03312ead"
astra_db_application_token = "AstraCS:..."
astra_db_token = ENV["ASTRA_DB_TOKEN"]
