require "http/client"

SONARQUBE_TOKEN = "squ_556a376a0a2bb2b9b7c84790482a0ff2488f657e"
ENV["SONAR_GLOBAL_TOKEN"] ||= "sqa_b08803ff9e25f4983c028716eca5cf68f5a8250e"
sonarqube_token = "squ_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
sonar_host_url = "https://sonar.example.com"
sonarqube_token = ENV["SONARQUBE_TOKEN"]
