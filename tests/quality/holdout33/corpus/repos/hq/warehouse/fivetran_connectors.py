"""Creates the Fivetran connectors and the Looker schedule for the claims mart."""
from fivetran import Client
from looker_sdk import init40

FIVETRAN = Client(api_key="6zxS0HGDj1UiafHq", api_secret="qU5hraB4NUps8aeRJ8I0H0N4PJqI6gqU")
LOOKER_CLIENT_ID = "tMKgwTqEZSbMI9Fm95uP"
LOOKER_CLIENT_SECRET = "u50tL4OCRmbOVhaBNtViHRWT"
