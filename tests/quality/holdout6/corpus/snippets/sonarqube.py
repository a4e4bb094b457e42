import os
import requests

CREDENTIALS = {"sonarqube_token": "squ_c497a37b413f92b3f80bc831bee885c40d94044c"}
client = sonarqube.Client(api_key="sqp_74f5b6c2c5fca3b6b06b80f2fbfea98f93f6abab", timeout=30)
headers = {"Authorization": f"Bearer {'sqa_201c5e04038172c14e1f899626e5018cdfeab615'}"}
sonar_host_url = "https://sonar.acme.example"
sonarqube_token = "squ_<generated>"
sonarqube_token = os.environ.get("SONARQUBE_TOKEN")
