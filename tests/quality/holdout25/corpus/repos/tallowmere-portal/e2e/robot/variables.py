# Robot Framework variable file: robot --variablefile variables.py
BROWSER = "headlesschrome"
PORTAL_URL = "https://uat-portal.tallowmere.example"
ADMIN_USER = "qa-admin"
ADMIN_PASSWORD = "Quartz1783."
MAILOSAUR_API_KEY = "o7RDydRK8v0yix6Z"
MAILOSAUR_SERVER = "sw4q4cxx"
