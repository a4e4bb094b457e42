;; hy settings
(setv AIVEN_TOKEN "sRAD7hEK5syfW2x5Yb7Xy+AzhvAXcjv1F/rYiCD18OsnZQBfiMr9svSqU6q7yKsUdhlGcz0x7f87yGglDrEHiEbhMRGzh7tEfjbDlZIuuKHBGe2cHpEciFLbn/E5YTz0Vv0tSE5ntDs9ssod9jrwqPH18Dd5OV+T")
(setv AIVEN_PROJECT "pepper-prod")
(setv AIVEN_TOKEN_MASKED "sRAD************OV+T")
(setv AIVEN_TOKEN_EXAMPLE "<AIVEN_TOKEN>")
(os.getenv "AIVEN_TOKEN")
