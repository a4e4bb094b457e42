// Jenkins shared library step

withEnv(["SENDGRID_API_KEY=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"]) { sh "./deploy.sh" }
def sendgridApiKey = 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
def sendgridTemplateId = 'd-182b5f79e3589780dbb28fde21b241f8'
def sendgridToken = env.SENDGRID_TOKEN
