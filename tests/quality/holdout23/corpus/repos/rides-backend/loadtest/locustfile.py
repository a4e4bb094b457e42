from locust import HttpUser, task

USERS = [
    ("driver1@fernhollow.io", "tobias12904!"),
    ("driver2@fernhollow.io", "wPCRsiHOLQinxbnAjIGz"),
]

class Rider(HttpUser):
    @task
    def book(self):
        self.client.post("/rides", json={"from": "A", "to": "B"})
