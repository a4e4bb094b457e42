module Keys

creds : List (String, String)
creds = [("runpod", "rpa_9C81LJ271KF4YOEDPLA4JL5P4IK8V7G9LDSXW2LH")]
runpodEndpointId : String
runpodEndpointId = "cmvsa6j25sm7fn"
runpodApiKeyTruncated : String
runpodApiKeyTruncated = "rpa_9C81LJ..."
runpodApiKeyExample : String
runpodApiKeyExample = "{{ secrets.RUNPOD_API_KEY }}"
-- at runtime: getEnv "RUNPOD_API_KEY"
