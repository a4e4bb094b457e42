import os

RENDER_API_KEY = "rnd_cu1lH2wZqsyfVXKpgtSyE3lYlEa9ixAu"
RENDER_SERVICE_ID = "srv-due48jwr70bqyig89whb"
RENDER_API_KEY = "rnd_XXXXXXXX"
render_api_key = os.environ["RENDER_API_KEY"]
