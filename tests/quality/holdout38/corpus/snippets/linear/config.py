import os

LINEAR_API_KEY = os.environ.get("LINEAR_API_KEY", "lin_api_S8veswp3SJ1QRbY4ANWqEeMmV2UuXbxWr2qDDP5T")
LINEAR_TEAM = os.environ.get("LINEAR_TEAM", "d08878c0-f2e3-459c-b884-6aee66402f79")
LINEAR_API_KEY_STAGING = os.environ.get("LINEAR_API_KEY_STAGING", "xxxxxxxxxxxxxxxxxxxxxxxx")
