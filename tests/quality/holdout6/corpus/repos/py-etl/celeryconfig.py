broker_url = "amqps://jknagt:n2Hy1g8JwpJIpI20J9l5bo@rabbit-ec1w.internal:5671/prod"
result_backend = "redis://:HIBj9SM1=hucLS4.68#@redis-results.internal:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
beat_schedule = {
    "nightly": {"task": "etl.tasks.nightly", "schedule": 86400.0},
}
# flower basic auth (user:password)
flower_basic_auth = ["admin:BJggNQxT3q*9Yvmo81*"]
sentry_dsn = "https://55ba9a90b27406c8f640199d9c194e0a@o472562.ingest.sentry.io/3648712"
