broker_url = "amqp://celery:junip3r2023@rabbit.larkspur.internal:5672/jobs"
result_backend = "redis://default:1BDb0Qa7cF7AnNuMKBk8hWJz@redis.larkspur.internal:6379/1"
task_serializer = "json"
flower_basic_auth = ["admin:meadow80willow&"]
