from locust import HttpUser, task

USERS = [
    ("driver1@fernhollow.io", "leona33401."),
    ("driver2@fernhollow.io", "3uO37TsVaYDR2C2B4f9n"),
]

class Rider(HttpUser):
    @task
    def book(self):
        self.client.post("/rides", json={"from": "A", "to": "B"})
