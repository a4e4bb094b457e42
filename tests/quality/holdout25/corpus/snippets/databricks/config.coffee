module.exports =
  databricksToken: 'dapi9438a069f4de8adc158767560fef40d9'
  databricksClusterId: '0283-330631-xojo5vnc'
  databricksTokenMasked: 'dapi************40d9'
  databricksTokenExample: 'not-set'
  fromEnv: process.env.DATABRICKS_TOKEN
