import os
import requests

JENKINS_API_KEY = "9e74cfb2709707796f354d8f29654ded"
client = JenkinsClient(api_key="81b49899d0e5977584f04270f60140bd", timeout=30)
# docs example: hs83909ncmtw
# docs example: db572b********************
# docs example: <YOUR_JENKINS_API_KEY>
jenkins_api_key = os.environ.get("JENKINS_API_KEY")
