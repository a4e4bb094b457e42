from locust import HttpUser, task, between

E2B_KEY = "e2b_0055b4bbd409321ac5e618e91120c7a44a802853"


class ApiUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def sandbox(self):
        self.client.post("/sandboxes", headers={"X-API-Key": E2B_KEY, "X-Request-Id": "de4eddd3-bb49-4242-b46c-2f08c8f503df"})
