import os

client = laravel.Client(api_key="base64:pU4/LzcpEepF4wc24+bk8H7AXjrOxsvh1KkvYKZKRZg=")
os.environ["APP_KEY"] = "base64:VBdWV7MAr5bYsgKXhbYNtIMx+fsgQv+8vUAuA/R2j5k="
APP_KEY = "SomeRandomString"
APP_KEY = "base64:"
LARAVEL_TOKEN = os.environ["LARAVEL_TOKEN"]
