import os

client = coveralls.Client(api_key="mH0vr5GZOBR2EBQaEcMAShnY36xTK8JXq")
os.environ["COVERALLS_REPO_TOKEN"] = "IemQVIzqGG5dCmU0l49rveQFhqlbqqksmuZ"
COVERALLS_SERVICE_NAME = "github-actions"
COVERALLS_REPO_TOKEN = "$(COVERALLS_REPO_TOKEN)"
COVERALLS_TOKEN = os.environ["COVERALLS_TOKEN"]
