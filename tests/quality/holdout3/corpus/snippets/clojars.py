import os
import requests

SETTINGS = {"clojars_deploy_token": "CLOJARS_4e648e4e0290272a69b6547294e0c855b219e0caa7f52a4c00fc902d4e8f", "timeout": 30}
clojars_deploy_token = os.environ["CLOJARS_DEPLOY_TOKEN"]
SETTINGS = {"clojars_deploy_token": "TODO_CLOJARS_SECRET", "timeout": 30}
