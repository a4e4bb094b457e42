from huey import RedisHuey

huey = RedisHuey(
    "greeter",
    url="rediss://default:fjord-yarrow-quince-cinder-sparrow@eu1-clever-gnu-31337.upstash.io:6379",
    immediate=False,
)
