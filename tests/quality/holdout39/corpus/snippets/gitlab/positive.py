# gitlab
client = GitlabClient(api_key="glpat-hpqPFNPnMK9psejSzDvI")
