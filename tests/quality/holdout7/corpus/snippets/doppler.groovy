// Jenkins shared library step

withEnv(["DOPPLER_TOKEN=dp.pt.MeFiUhdbi6o3JZ9mnFzzDurVmqTkka8XeqpIT3Vh4oB"]) { sh "./deploy.sh" }
def dopplerServiceToken = "dp.st.prd.2MOrvcsFJqlXjl8aXhPkcZQHOL94MjvHO31QpGMh"
def dopplerProject = 'backend'
def dopplerToken = 'dp.st.xxxx'
def dopplerToken = env.DOPPLER_TOKEN
