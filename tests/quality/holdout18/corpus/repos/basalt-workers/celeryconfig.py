broker_url = "amqp://celery:harbor13falcon.@rabbit.basalt.internal:5672/jobs"
result_backend = "redis://default:5PmHzK2LQSx8z5JAL15c62e8@redis.basalt.internal:6379/1"
task_serializer = "json"
flower_basic_auth = ["admin:juniperorchidotter"]
