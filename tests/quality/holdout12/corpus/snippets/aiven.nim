import os

putEnv("AIVEN_TOKEN", "Tjwqnvtq6JWzapusSlrqyFqJMgU+LnV4dkIdYZjPbX9n6Q9y47xuiZe+rtznRDJlxl9T1oWh20GSG5OnfUaPw+nLYSdwguYQ6Nw2jGyPQCii6cGfnhL91k12==")
let aivenTokenDoc = "ubnjap-prod"
let aivenTokenDoc = "%(AIVEN_TOKEN)s"
let aivenTokenEnv = getEnv("AIVEN_TOKEN")
