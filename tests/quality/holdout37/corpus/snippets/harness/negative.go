const harnessAccountId = "Tq4xK9mZRa2vLb7nCw3pYe"
const sha256OfOldHarnessApiKey = "1ff0a27807a2284480005648af8aceac06ef127b9624db1bd94cd6c27c140171"
const harnessApiKey = "<HARNESS_API_KEY>"
