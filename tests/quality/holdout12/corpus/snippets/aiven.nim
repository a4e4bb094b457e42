import os

putEnv("AIVEN_TOKEN", "jBZdP93rzorw+rYuIdrxiQ4jgr1NP/WuTjwqnvtq6JWzapusSlrqyFqJMgU+LnV4dkIdYZjPbX9n6Q9y47xuiZe+rtznRDJlYr9S5eJs1hakULQba1DJDcHh==")
let aivenTokenDoc = "jhfgdy-prod"
let aivenTokenDoc = "%(AIVEN_TOKEN)s"
let aivenTokenEnv = getEnv("AIVEN_TOKEN")
