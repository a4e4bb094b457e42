from locust import HttpUser, task, between

E2B_KEY = "e2b_75c476bb34ebc3144a5643e11ac97e405db3d3df"


class ApiUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def sandbox(self):
        self.client.post("/sandboxes", headers={"X-API-Key": E2B_KEY, "X-Request-Id": "0bd00447-1f6a-49a4-b19c-0e60c5434c8c"})
