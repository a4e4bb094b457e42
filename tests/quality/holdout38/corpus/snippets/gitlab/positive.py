client = GitlabClient(api_key="glpat-I1e1HWVUv1aPVl3H5E6g")
