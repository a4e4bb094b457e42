using HTTP

const JIRA_API_TOKEN = "ATATT3xFfGF0iMb-lk777PZnK8Cl6J5ixaaJLShuQjOud_-yDUA-5zmS1swoPqApryPZBlgvIyxJu2jGjNGkTfi3oYv2DzaKG05Rk-GQV81rkmghzem9yPVUJa_c5q52RYfLWrLoevhZC0x0awirH_juQbLifxz53nCQE28-AJy75fNcTTN6KFA=471948D3"
ENV["CONFLUENCE_API_TOKEN"] = "GETh8lMYQOymAAiTdR9Up14P"
jira_user_email = "ci-bot@example.com"
jira_api_token = "ATATT3xFfGF0..."
jira_token = get(ENV, "JIRA_TOKEN", "")
